// Stand-in for the 'server-only' marker package inside Vitest.
export {};
