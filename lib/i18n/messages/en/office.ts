import type { Messages } from "../pl";

export const office: Messages["office"] = {
  queue: {
    title: "Office cases",
    filterStatus: "Status",
    allStatuses: "All",
    order: "Order",
    newest: "Newest first",
    oldest: "Oldest first",
    apply: "Filter",
    empty: "No cases match.",
    open: "Open case {caseNumber}",
  },
  detail: {
    applicant: "Applicant",
    pesel: "PESEL",
    birthDate: "Date of birth",
    changeStatus: "Change status",
    newStatus: "New status",
    note: "Note (shown to the applicant)",
    save: "Save status change",
    noTransitions: "The status cannot be changed in the case's current state.",
    saved: "The case status was changed.",
    actor: "By",
  },
};
