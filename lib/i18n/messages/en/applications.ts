import type { Messages } from "../pl";

export const applications: Messages["applications"] = {
  optional: "(optional)",
  drafts: {
    title: "Drafts",
    lead: "Applications not sent yet. We save them after every step and remove those unused for {days} days.",
    empty: "You have no saved drafts.",
    savedAt: "Saved",
    outdated: "the form has changed since it was saved",
    changed: "This service's form has changed since the draft was saved. We kept the valid answers; fill in what we ask again.",
  },
  stepOf: "Step {index} of {total}",
  check: {
    title: "Check your answers",
    lead: "Check that everything is right before you send the application to the office.",
    change: "Change",
    changeField: "Change: {label}",
    office: "Office",
    submit: "Send application",
    submitting: "Sending…",
  },
  submitted: {
    title: "Application submitted",
    caseNumber: "Your case number",
    whatNext: "What happens next",
    whatNextBody: "The office will handle your application. The case status, deadlines and letters are in “My cases”.",
    goToCase: "See your case",
  },
  prefilled: "From the national identity node; cannot be changed",
  errors: {
    officeNotOffering: "The chosen office does not offer this service. Choose another office.",
    formChanged: "This service's form has changed. Check your answers and send the application again.",
    incomplete: "The application is not complete. Fill in the missing answers.",
    chooseOffice: "Choose the office you are applying to",
  },
};
