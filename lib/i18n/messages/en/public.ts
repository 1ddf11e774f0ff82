import type { Messages } from "../pl";

export const publicPages: Messages["publicPages"] = {
  home: {
    title: "Deal with your town hall online",
    lead: "Apply, sign and follow your case: status, deadlines and letters from the office in one place.",
    browse: "Browse services",
    myCases: "See your cases",
    forStaff: "Do you work at an office? Sign in to handle cases.",
  },
  catalog: { title: "Services", lead: "Choose a category or search for a service. Each service says who can apply, what you need and how long it takes.", searchLabel: "Search for a service", searchHint: "For example: certificate, tree felling, property tax", search: "Search", categories: "Categories", resultsTitle: "Search results: {query}", resultsCount: "Services found: {count}" },
  service: {
    whoCanApply: "Who can apply",
    whatYouNeed: "What you need",
    fee: "Fee",
    free: "Free",
    deadline: "Handling time",
    immediately: "Immediately",
    days: "Up to {count} days",
    months: "Up to {count} months",
    legalBasis: "Legal basis",
    department: "Handled by",
    chooseOffice: "Which office are you applying to?",
    start: "Start now",
    signInToStart: "Sign in to start",
    noOffice: "No office on the platform offers this service at the moment.",
  },
  signIn: {
    title: "Sign in",
    residentsTitle: "Residents and businesses",
    residentsBody: "Sign in through the national identity node (trusted profile, e-ID card, online banking). Okienko stores no passwords.",
    residentsButton: "Sign in through the national node",
    staffTitle: "Office staff",
    staffBody: "Sign in with your office directory account.",
    staffButton: "Sign in as office staff",
    failed: "Signing in failed. Try again, and if it keeps failing, contact the office.",
  },
  accessibility: { title: "Accessibility statement" },
};
