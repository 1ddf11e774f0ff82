import type { Messages } from "../pl";

export const common: Messages["common"] = {
  appName: "Okienko",
  tagline: "Virtual Service Office: deal with your town hall online",
  skipToContent: "Skip to main content",
  nav: { label: "Main menu", services: "Services", myCases: "My cases", officeQueue: "Office cases", signIn: "Sign in", settings: "Settings", signOut: "Sign out", signedInAs: "Signed in: {name}" },
  footer: { accessibility: "Accessibility statement", about: "Okienko: open-source software for municipal offices" },
  errors: {
    unauthenticated: "Sign in to continue.",
    notFound: "The page or case was not found.",
    conflict: "Someone else changed this case in the meantime. Reload the page and try again.",
    validation: "Check the data you entered.",
    unavailable: "The service is temporarily unavailable. Try again in a few minutes.",
    internal: "Something unexpected went wrong. Try again. Error reference: {reference}.",
  },
  errorPage: {
    title: "Sorry, there is a problem",
    body: "We could not complete this now. Nothing was partly saved, and what you saved earlier is safe. Try again in a moment.",
    retry: "Try again",
    home: "Go to the home page",
    reference: "Error reference: {reference}",
  },
  notFoundPage: { title: "Page not found", body: "Check the address. If you are looking for your case, open “My cases”." },
  session: { warning: "You will be signed out in {minutes} minutes because of inactivity. Saved steps of your application will not be lost.", extend: "Extend session", extended: "Your session was extended." },
  errorSummaryTitle: "There is a problem",
  errorPrefix: "Error:",
  back: "Back",
  continue: "Continue",
  yes: "Yes",
  no: "No",
};
