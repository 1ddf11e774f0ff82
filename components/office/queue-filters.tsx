import type { QueueFilter } from "@/lib/cases/queries";
import { caseStatuses } from "@/lib/cases/status-values";
import type { Translate } from "@/lib/i18n/translate";

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be shared. */
export function QueueFilters({ t, filter }: { t: Translate; filter: QueueFilter }) {
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
      <div>
        <label className="label" htmlFor="filter-status">{t("office.queue.filterStatus")}</label>
        <select id="filter-status" name="status" className="input" defaultValue={filter.status ?? ""}>
          <option value="">{t("office.queue.allStatuses")}</option>
          {caseStatuses.map((status) => (
            <option key={status} value={status}>{t(`cases.status.${status}.label`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label className="label" htmlFor="filter-order">{t("office.queue.order")}</label>
        <select id="filter-order" name="order" className="input" defaultValue={filter.order}>
          <option value="due">{t("office.queue.dueFirst")}</option>
          <option value="newest">{t("office.queue.newest")}</option>
          <option value="oldest">{t("office.queue.oldest")}</option>
        </select>
      </div>
      <button type="submit" className="btn btn-secondary">{t("office.queue.apply")}</button>
    </form>
  );
}
