/**
 * Who a monthly analysis report goes to (R4.3: "to the business-environment office and every
 * window department"). A notification row names its recipient with one of these codes.
 */
export const REPORT_RECIPIENTS = ['BUSINESS_ENVIRONMENT_OFFICE', 'CENTRE', 'DEPARTMENT'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/** 市营商办: the city's business-environment office, which receives every monthly report. */
export const BUSINESS_ENVIRONMENT_OFFICE = '市营商办';
/** The centre's own managers. */
export const CENTRE = '政务服务中心';
