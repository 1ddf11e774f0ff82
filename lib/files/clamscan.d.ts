// The parts of clamscan 2.4.0 (NodeClam) this project uses; the package ships no types.
declare module "clamscan" {
  import type { Readable } from "node:stream";

  export type ScanResult = { isInfected: boolean | null; viruses: string[]; resultString?: string; timeout?: boolean };

  export type NodeClamOptions = {
    removeInfected?: boolean;
    quarantineInfected?: false | string;
    scanLog?: string | null;
    debugMode?: boolean;
    preference?: "clamdscan" | "clamscan";
    clamscan?: { active?: boolean };
    clamdscan?: {
      socket?: string | false;
      host?: string | false;
      port?: number | false;
      timeout?: number;
      localFallback?: boolean;
      active?: boolean;
      bypassTest?: boolean;
    };
  };

  export default class NodeClam {
    init(options: NodeClamOptions): Promise<NodeClam>;
    scanStream(stream: Readable): Promise<ScanResult>;
  }
}
