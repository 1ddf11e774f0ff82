import type { Messages } from "../pl";

export const cases: Messages["cases"] = {
  status: {
    submitted: { label: "Submitted", description: "The office received your application.", next: "The office will register the case and pass it to the right department." },
    registered: { label: "Registered", description: "The case has a number and is with the right department.", next: "A clerk will check the application and start handling it." },
    in_progress: { label: "In progress", description: "A clerk is handling your case.", next: "Wait for the outcome. If anything is missing, the office will ask you for it." },
    awaiting_resident: { label: "Waiting for you", description: "The office needs more information from you.", next: "Read the office's message and answer by the deadline." },
    decided: { label: "Decided", description: "The office has decided your case.", next: "Read the outcome. The case will then be closed." },
    closed: { label: "Closed", description: "The case is closed.", next: "You do not need to do anything else." },
    withdrawn: { label: "Withdrawn", description: "The application was withdrawn.", next: "You do not need to do anything else." },
  },
  myCases: { title: "My cases", empty: "You have no cases yet.", browse: "Browse services" },
  columns: { caseNumber: "Case number", service: "Service", office: "Office", status: "Status", receivedAt: "Received", dueDate: "Deadline", applicant: "Applicant", department: "Department" },
  deadline: {
    immediately: "without delay",
    ok: "{days} days left",
    soon: "{days} days left",
    urgent: "{days} days left",
    dueToday: "due today",
    overdue: "overdue by {days} days",
    explain: "The statutory deadline counts from the day the application reached the office (Code of Administrative Procedure, art. 35 and 57). If the office cannot meet it, it must tell you why and the new date (art. 36).",
  },
  detail: {
    dueDate: "Deadline for handling the case",
    status: "Case status",
    nextStep: "What happens next",
    receivedAt: "Received",
    office: "Office",
    department: "Department",
    history: "Case history",
    answers: "Your application",
    caseOf: "Case {caseNumber}",
  },
  event: {
    submitted: "Application submitted",
    statusChanged: "Status changed: {from} → {to}",
    note: "Office's note",
    byOffice: "Office",
    byResident: "Applicant",
  },
  errors: { transitionNotAllowed: "This status change is not possible in the case's current state." },
};
