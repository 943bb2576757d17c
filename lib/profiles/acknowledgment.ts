/**
 * The "not therapy, not a crisis service" text every seeker acknowledges.
 * Change the words → bump NOT_THERAPY_VERSION: everyone whose acknowledgment
 * is older is asked to read it again (see getOnboardingStatus).
 */
export const NOT_THERAPY_VERSION = 1;

export const NOT_THERAPY_TEXT = {
  heading: "Alongside is peer support — not therapy, and not a crisis service",
  paragraphs: [
    "The people you meet here are volunteers and peers. They offer time, steadiness and their own experience. They are not therapists, counsellors or doctors, and they can't diagnose, treat or give medical advice.",
    "Nobody here is on call. Messages may take a while to be answered, so Alongside is not the place to turn to in an emergency.",
    "If you are in danger or thinking about ending your life, contact your local emergency number or a crisis line straight away. The “Get help now” link on every page lists them.",
    "You can keep seeing a professional while you use Alongside — many people do both.",
  ],
  checkbox: "I understand that Alongside is peer support, not therapy, and not a crisis service.",
} as const;
