/**
 * Generated from the app's OpenAPI document by scripts/openapi-types.ts. Do not edit by hand.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Failed sign-ins slow further attempts down (429 with Retry-After), per account name and client address; no account is ever locked by strangers.
         */
        post: operations["postApiV1AuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description Each refresh token works once (rotation). Presenting an already used one ends every session of its sign-in (the family).
         */
        post: operations["postApiV1AuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register as an applicant (online channel)
         * @description Creates an applicant account and signs it in. The identity provider (local by default: the applicant's own statement; a real-name system by configuration) may refuse with 422 identity.refused. A taken username answers 409 account.username_taken. Rate-limited like sign-in.
         */
        post: operations["postApiV1AuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: operations["getApiV1AuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases
         * @description From the read model (server-side paging). Department staff see their department's cases, applicants their own. The department inbox asks for open=true&sort=dueDate&withCounts=true.
         */
        get: operations["getApiV1Cases"];
        put?: never;
        /**
         * Open a case (window intake or online submission)
         * @description Only the two entrances may create a case (R1.1): a front-desk clerk at the comprehensive window, or an applicant online. A department account that tries is refused with 403 and a violation is recorded for the supervision side. Window intake accepts at once unless `accept` is false; online submissions wait for the front desk's pre-review. The response carries the applicant's query code once; it is never shown again.
         */
        post: operations["postApiV1Cases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a case
         * @description The case as its workflow sees it now, including the actions its state allows: from the read model, refreshed to today, or from the workflow where the read model cannot answer (see api/services/case-reads.ts); 503 with Retry-After when that needs Temporal and Temporal does not answer.
         */
        get: operations["getApiV1CasesCaseNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Explain a case's due date
         * @description The clock ledger: accepted at, limit, each suspension with kind, reason and working days, current due date, working days remaining.
         */
        get: operations["getApiV1CasesCaseNoClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's history
         * @description Every event of the case with its national state code, actor and time, from the read model.
         */
        get: operations["getApiV1CasesCaseNoEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: accept
         * @description Sent to the case workflow as the Workflow Update `accept`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: refuse
         * @description Sent to the case workflow as the Workflow Update `refuse`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/request-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: requestCorrection
         * @description Sent to the case workflow as the Workflow Update `requestCorrection`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoRequestCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/supply-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: supplyCorrection
         * @description Sent to the case workflow as the Workflow Update `supplyCorrection`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoSupplyCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/supply-tolerated-material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: supplyToleratedMaterial
         * @description Sent to the case workflow as the Workflow Update `supplyToleratedMaterial`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoSupplyToleratedMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: resubmit
         * @description Sent to the case workflow as the Workflow Update `resubmit`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/issue-output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: issueOutput
         * @description Sent to the case workflow as the Workflow Update `issueOutput`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoIssueOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/confirm-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: confirmDelivery
         * @description Sent to the case workflow as the Workflow Update `confirmDelivery`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoConfirmDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: terminate
         * @description Sent to the case workflow as the Workflow Update `terminate`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoTerminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: approve
         * @description Sent to the case workflow as the Workflow Update `approve`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: deny
         * @description Sent to the case workflow as the Workflow Update `deny`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoDeny"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: returnToFrontDesk
         * @description Sent to the case workflow as the Workflow Update `returnToFrontDesk`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/start-special-procedure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: startSpecialProcedure
         * @description Sent to the case workflow as the Workflow Update `startSpecialProcedure`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoStartSpecialProcedure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/finish-special-procedure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: finishSpecialProcedure
         * @description Sent to the case workflow as the Workflow Update `finishSpecialProcedure`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoFinishSpecialProcedure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: pause
         * @description Sent to the case workflow as the Workflow Update `pause`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: resume
         * @description Sent to the case workflow as the Workflow Update `resume`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: withdraw
         * @description Sent to the case workflow as the Workflow Update `withdraw`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case action: urge
         * @description Sent to the case workflow as the Workflow Update `urge`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.
         */
        post: operations["postApiV1CasesCaseNoUrge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List departments
         * @description The departments whose items the hall accepts, with how many published, active items each has (sub-items counted).
         */
        get: operations["getApiV1Departments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service zones
         * @description The zones (专区) of the hall, with how many published, active items each has.
         */
        get: operations["getApiV1Zones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search service items
         * @description Published items open for applications (sub-items included), filtered and paged, in code order.
         */
        get: operations["getApiV1Items"];
        put?: never;
        /**
         * Create a service item
         * @description Creates the item with its first version as a DRAFT; it is open for applications once published.
         */
        post: operations["postApiV1Items"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an item guide
         * @description The item guide (办事指南): everything of one version — materials with what exactly is expected, form, copies, required or tolerable and supply days; conditions, legal basis, limits, special procedures with their limits, result, fee, channels, department, zone and sub-items. `?version=N` returns an earlier version, e.g. the one a case was accepted under. Drafts are shown to the centre manager only.
         */
        get: operations["getApiV1ItemsCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{code}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save an item draft
         * @description Creates the item's draft, or replaces the open one, with exactly the content sent: nothing is copied from earlier versions. A new draft is numbered after every existing version. The published version stays in force until the draft is published.
         */
        put: operations["putApiV1ItemsCodeDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{code}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an item draft
         * @description In one transaction: the draft becomes PUBLISHED, the previous published version SUPERSEDED, and new cases are accepted under the new version. Cases accepted earlier keep the version they were accepted under.
         */
        post: operations["postApiV1ItemsCodePublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a service item
         * @description No new case can be opened for a retired item; cases already running keep going under their own version. Sub-items are retired one by one: retiring a main item does not retire its sub-items.
         */
        post: operations["postApiV1ItemsCodeRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an item's versions
         * @description Every version with its state (DRAFT, PUBLISHED, SUPERSEDED), author and dates. Read one with GET /api/v1/items/{code}?version=N.
         */
        get: operations["getApiV1ItemsCodeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{code}/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The differences between two versions of an item
         * @description Field by field from version `from` to version `to`: the item's fields (name, type, channels, limits, conditions, legal basis, result, fee, material order), and the materials (by code) and special procedures (by kind) added, removed or changed, each change with its Chinese label and readable values. Defaults: `to` is the newest version, `from` the one before it.
         */
        get: operations["getApiV1ItemsCodeVersionsDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the catalog
         * @description The catalog as one JSON file (format `onewindow-catalog/1`): all departments and zones, and every item that has a published version with that content. The same file is accepted by POST /api/v1/catalog/import. Filters narrow the items only.
         */
        get: operations["getApiV1CatalogExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a catalog file
         * @description Takes the export format. Everything is checked first; if any item breaks a rule the whole import is refused (422) with every item code, field and rule listed, and nothing is written. Missing departments and zones are created (existing ones are left as they are). A new item is created with its first version as a DRAFT; an existing item whose content differs gets it as its DRAFT (replacing an open draft); an item whose content equals its published version is left alone. Nothing is published: the manager reviews and publishes drafts one by one. An import never moves an item to another department, zone or main item.
         */
        post: operations["postApiV1CatalogImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a calendar day
         * @description Whether the day is a working day on the official calendar, and why: workday, weekend, holiday (with its name) or make-up workday (调休上班).
         */
        get: operations["getApiV1CalendarDaysDate"];
        /**
         * Set a calendar day
         * @description Adds or corrects a day (a holiday, a make-up workday on a weekend, or `workday` to remove an override), records the change, and sends the new calendar to every open case, whose due dates move. A manager's day is never undone by reloading the official notices.
         */
        put: operations["putApiV1CalendarDaysDate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add working days to a date
         * @description The date a limit of `days` working days starting on `from` ends: the `days`-th working day strictly after `from` (the start day never counts).
         */
        get: operations["getApiV1CalendarAddWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count working days between two dates
         * @description The working days d with from < d ≤ to (0 when `to` is not after `from`).
         */
        get: operations["getApiV1CalendarWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calendar years
         * @description The years the platform knows, whether each is official (its State Council notice entered) and which notice; any other year counts weekends only and is provisional.
         */
        get: operations["getApiV1CalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every day of a year (the year view)
         * @description Each day of the year with its kind (workday, weekend, holiday with its name, make-up workday) and, for a holiday or make-up day, whether it came from the official notice or a manager (with the note, who and when). A year without an official notice is flagged provisional: only weekends are known to be off.
         */
        get: operations["getApiV1CalendarYearsYearDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{date}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a change of a calendar day would do, before saving it
         * @description Previews PUT /api/v1/calendar/days/{date} with the same `kind`: the day as it is and as it would be, and which open cases with a running clock (transferring, in review, returned) would have their due date moved, later or earlier, with the new date — at most 100 listed, all counted. A case paused or in a special procedure is flagged: its exact date is settled when it resumes. Nothing is saved and no case is told.
         */
        get: operations["getApiV1CalendarDaysDateImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a calendar year's status
         * @description Marks a year official once its State Council notice is entered (enter the notice's days first, then mark the year), or provisional again. The change is recorded and sent to every open case, whose answers lose or gain the provisional flag.
         */
        put: operations["putApiV1CalendarYearsYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases/{caseNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case progress for the applicant
         * @description Needs the query code handed to the applicant at acceptance (12 letters and digits; cases opened before carry 6 digits). A wrong code and an unknown case give the same 404. After 5 wrong codes for one case, that case answers 429 for 15 minutes.
         */
        get: operations["getApiV1PublicCasesCaseNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results publicity list (结果公示)
         * @description Completed cases, newest first, with the item, department, decision and date; applicants who are persons are masked.
         */
        get: operations["getApiV1PublicResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Paged, filterable by role, department and whether active. Password hashes are never returned; phone numbers are masked.
         */
        get: operations["getApiV1Users"];
        put?: never;
        /**
         * Open an account
         * @description A department role (DEPARTMENT_REVIEWER, DEPARTMENT_LEAD) needs `departmentCode`, a FRONT_DESK_CLERK needs `windowNo`; other roles have neither. The initial password needs at least 10 characters with letters and digits. Broken rules give 422 listing each field and rule.
         */
        post: operations["postApiV1Users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an account */
        get: operations["getApiV1UsersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account
         * @description Changes the display name, role, department, window, phone or whether the account is active. Moving to a role that has no department (or no window) drops the old one unless it is sent explicitly, which is refused. Deactivating, or changing the role or department, ends every session of the account (its refresh tokens are revoked): the new powers apply from the next sign-in. Administrators cannot deactivate or demote themselves, so the hall is never left without one by mistake.
         */
        patch: operations["patchApiV1UsersId"];
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset an account's password
         * @description Sets a new password (at least 10 characters with letters and digits), lifts a lock and ends every session of the account.
         */
        post: operations["postApiV1UsersIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock an account
         * @description Lifts the lock that 5 failed sign-ins put on an account (otherwise lifted after 15 minutes) and clears the failure count.
         */
        post: operations["postApiV1UsersIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the given refresh token (or, with `allSessions`, every refresh token of its account). No access token is needed: holding the refresh token is the proof, so a client whose access token has expired can still sign out. Answers 204 also for a token that was already revoked or is unknown, so a retried sign-out never fails. An access token already issued stays valid until it expires (minutes).
         */
        post: operations["postApiV1AuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Needs the current password. The new one needs at least 10 characters with letters and digits and must differ from the current one. A wrong current password counts as a failed sign-in (5 lock the account), so a stolen access token cannot be used to guess it. Every session of the account ends: sign in again with the new password.
         */
        post: operations["postApiV1AuthChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the audit log
         * @description Every action and every refusal, newest first: who, role, department, channel, case, action, outcome, HTTP status, detail, client address and request id. The log is append-only; no route changes it.
         */
        get: operations["getApiV1Audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List violations of the split of powers
         * @description Attempts the platform refused because they breach R1.1/R1.2 — a department account creating or accepting a case, or handing out a result — newest first, for the supervision side.
         */
        get: operations["getApiV1Violations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/notices/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print the one-time notice (一次性告知单)
         * @description A printable HTML page (text/html) for the window to hand to the applicant.
         */
        get: operations["getApiV1CasesCaseNoNoticesCorrection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/notices/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print the refusal notice (不予受理通知书)
         * @description A printable HTML page (text/html) for the window to hand to the applicant.
         */
        get: operations["getApiV1CasesCaseNoNoticesRefusal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/notices/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print the acceptance receipt (受理通知书)
         * @description A printable HTML page (text/html) for the window to hand to the applicant.
         */
        get: operations["getApiV1CasesCaseNoNoticesAcceptance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List consultations
         * @description Newest first. Department staff see consultations about their own department's items only.
         */
        get: operations["getApiV1Consultations"];
        put?: never;
        /**
         * Record a consultation (咨询)
         * @description The window records who asked about which item, what was asked and what was answered, with or without a case that follows (link one now with `caseNo`, or later). Counted in the statistics as `consultations` on the Shanghai day it is recorded, by the clerk who recorded it, under the item's department and zone.
         */
        post: operations["postApiV1Consultations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a consultation to the case that followed it
         * @description Once only: a consultation already linked answers 409 `consultation.already_linked`. The case must be about the item asked about (422 `consultation.case_item_mismatch`).
         */
        post: operations["postApiV1ConsultationsIdCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's documents
         * @description Every version of every material file, newest version first per material, and the electronic result once issued. Within the case's read scope.
         */
        get: operations["getApiV1CasesCaseNoDocuments"];
        put?: never;
        /**
         * Upload a material file
         * @description multipart/form-data with `materialCode` (one of the item's materials) and `file` (PDF, JPEG or PNG, told by its bytes, at most DOCUMENT_MAX_BYTES, 10 MB by default). The applicant uploads to their own case while it awaits pre-review or a correction, or while a tolerated material is owed; the front desk scans paper materials into the same store at any time before the case is closed. Each upload is the next version of that material; earlier versions stay. A refused file leaves nothing behind (400/413/415 naming the field and the rule).
         */
        post: operations["postApiV1CasesCaseNoDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a document
         * @description The file itself, with its detected media type. Within the case's read scope; every opening is audited.
         */
        get: operations["getApiV1CasesCaseNoDocumentsDocumentIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The electronic result (电子证照/批文)
         * @description A decided case's result as a PDF in Chinese (准予行政许可决定书 or 不予行政许可决定书: item, applicant, decision, date, case number, department, a QR code of its public verification URL). Staff in scope may open it once the case is decided; the applicant downloads it when the output method is ELECTRONIC. Audited.
         */
        get: operations["getApiV1CasesCaseNoResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify an electronic result (核验)
         * @description The URL in the certificate's QR code. A genuine code answers with what the certificate states (applicant masked) and the sha256 of the genuine file; a made-up or altered code answers 404 with the rule certificate.not_genuine. A browser (Accept: text/html) gets the same as a page in Chinese.
         */
        get: operations["getApiV1PublicVerifyCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/{code}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a certificate file against its verification code
         * @description multipart/form-data with `file`: the PDF someone presents. Genuine when it is, byte for byte, the file issued under this code; 422 certificate.file_altered otherwise.
         */
        post: operations["postApiV1PublicVerifyCodeFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/projection-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Projections refused by the database for their data
         * @description Each time a case's read-model projection failed on its data (never retried forever): SANITIZED — projected with unstorable characters replaced; FAILED — not projected. Newest first.
         */
        get: operations["getApiV1OpsProjectionIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/anonymous-refusals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refused anonymous requests, counted per minute
         * @description Refusals of requests without a valid sign-in are counted here (one sample per kind and minute goes to the audit log).
         */
        get: operations["getApiV1OpsAnonymousRefusals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Produce a month's analysis report now
         * @description Runs the same workflow the monthly schedule runs (1st of each month, 08:00 Asia/Shanghai): an overall report and one per department, each as PDF, CSV and JSON, and a notification to every department. Re-running a month replaces its files.
         */
        post: operations["postApiV1ReportsMonthly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List monthly reports */
        get: operations["getApiV1Reports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a report file */
        get: operations["getApiV1ReportsIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/{month}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who was told of a month's report
         * @description Every notification sent for the month's report, newest run first: the business-environment office (市营商办), the centre, and each window department, with whether it was read. Answers an empty list for a month never run.
         */
        get: operations["getApiV1ReportsMonthlyMonthRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications
         * @description Department staff see their department's notifications; managers and supervisors the centre's.
         */
        get: operations["getApiV1Notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negative-situations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The negative-behaviour lists (负面行为清单)
         * @description The situations in force, in list order, for both groups: WINDOW_STAFF (综窗工作人员) and DEPARTMENT (进驻部门). Each has its basis and rectification deadline in working days.
         */
        get: operations["getApiV1NegativeSituations"];
        put?: never;
        /** Add a negative situation */
        post: operations["postApiV1NegativeSituations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negative-situations/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of one negative situation */
        get: operations["getApiV1NegativeSituationsCodeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negative-situations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a negative situation (adds a version)
         * @description Centre manager only. The previous version stays readable under /versions. Findings keep the code; their rectification deadline comes from the version in force when confirmed.
         */
        put: operations["putApiV1NegativeSituationsCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound/hotline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbound: a 12345 hotline ticket becomes a finding
         * @description Called by the 12345 hotline system, not by people: send `Authorization: Bearer <HOTLINE_TOKEN>` (its own credential from the configuration). Idempotent on `ticketNo`: a resend answers 200 with the finding first created (`duplicate: true`); a new ticket answers 201. An unknown department code, case or situation is kept as given in the evidence rather than refused, so nothing the hotline sends is lost; only malformed JSON is a 400.
         */
        post: operations["postApiV1InboundHotline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound/business-platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbound: a business-environment platform ticket becomes a finding
         * @description Called by the business-environment platform system, not by people: send `Authorization: Bearer <BUSINESS_PLATFORM_TOKEN>` (its own credential from the configuration). Idempotent on `ticketNo`: a resend answers 200 with the finding first created (`duplicate: true`); a new ticket answers 201. An unknown department code, case or situation is kept as given in the evidence rather than refused, so nothing the hotline sends is lost; only malformed JSON is a 400.
         */
        post: operations["postApiV1InboundBusinessPlatform"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The problem ledger (问题台账)
         * @description Findings newest first, by source, kind, status, department, situation, case and day range. Department staff see their own department's.
         */
        get: operations["getApiV1Findings"];
        put?: never;
        /** Record a daily-patrol finding (日常巡查) */
        post: operations["postApiV1Findings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One finding */
        get: operations["getApiV1FindingsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a finding: it becomes a rectification
         * @description Starts the rectification workflow (id ZG-<finding id>) for the responsible department with a deadline in working days: the one given, else the matched situation's, else 10. A finding that already has a rectification answers 409 finding.already_decided.
         */
        post: operations["postApiV1FindingsIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a finding (not substantiated) */
        post: operations["postApiV1FindingsIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rectification list (整改清单)
         * @description Newest first, by status, department, flags (warning, overdue, escalated), appeal and day range of creation. Department staff see their own department's. Status labels in Chinese come with each row.
         */
        get: operations["getApiV1Rectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One rectification, live from its workflow
         * @description Status, deadline, flags, reports, send-backs, appeal, and the actions its state allows (`allowedActions`, not yet filtered by your role).
         */
        get: operations["getApiV1RectificationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rectification's history */
        get: operations["getApiV1RectificationsIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Verify a bad rating as true (回访核实属实); rectification starts
         * @description Sent to the rectification workflow as the Workflow Update `rectification.confirm`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Verify a bad rating as not true (核实不属实); closes it
         * @description Sent to the rectification workflow as the Workflow Update `rectification.dismiss`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Department: start rectifying
         * @description Sent to the rectification workflow as the Workflow Update `rectification.acknowledge`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/submit-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Department: submit the rectification report
         * @description Sent to the rectification workflow as the Workflow Update `rectification.submitReport`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdSubmitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Verify the rectification (验收)
         * @description Sent to the rectification workflow as the Workflow Update `rectification.verify`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Send the report back for more work
         * @description Sent to the rectification workflow as the Workflow Update `rectification.sendBack`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdSendBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Close a verified rectification (销号)
         * @description Sent to the rectification workflow as the Workflow Update `rectification.close`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Department: appeal a bad rating (申诉复核)
         * @description Sent to the rectification workflow as the Workflow Update `rectification.appeal`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/decide-appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectification: Decide a department's appeal
         * @description Sent to the rectification workflow as the Workflow Update `rectification.decideAppeal`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.
         */
        post: operations["postApiV1RectificationsIdDecideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/urges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Urges and their answers (督办)
         * @description Newest first. Department staff see the urges to their department (status AWAITING_REPLY: to answer).
         */
        get: operations["getApiV1Urges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/urges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One urge, live from its workflow */
        get: operations["getApiV1UrgesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/urges/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Department: answer an urge
         * @description The Workflow Update `urge.answer`. A late answer is taken and marked late; a second answer is a 409 urge.answer.once.
         */
        post: operations["postApiV1UrgesIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases/{caseNo}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether a case can be rated, and its rating if given
         * @description With the query code or the link token. `canRate` is true once the case is completed and not yet rated. The level labels come along for the form.
         */
        get: operations["getApiV1PublicCasesCaseNoRating"];
        put?: never;
        /**
         * Rate a completed case (好差评), once
         * @description level: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意; the dimensions default to the level. A case not yet completed is a 409 rating.not_completed; a second rating a 409 rating.already_given. A rating of 2 or 1 opens a finding and a rectification (verify within 1 working day, rectify within 15).
         */
        post: operations["postApiV1PublicCasesCaseNoRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service ratings (好差评)
         * @description Newest first. Department staff see their own department's.
         */
        get: operations["getApiV1Ratings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction figures per department, window, clerk or item
         * @description Ratings excluded by an upheld appeal are not counted. satisfactionRate = (非常满意 + 满意 + 基本满意) / rated. Department staff see their own department.
         */
        get: operations["getApiV1RatingsStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notifications (SMS and e-mail) and their delivery
         * @description Newest first. Recipients are masked. Status PENDING (waiting or retrying), SENT, DEAD (failed every attempt: the dead-letter list).
         */
        get: operations["getApiV1Outbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dead-letter list: notifications that failed every attempt */
        get: operations["getApiV1OutboxDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a dead letter again
         * @description Centre manager only; for a message in the dead-letter list once its cause (a wrong address, a gateway outage) is fixed. Delivery stays idempotent by the message id.
         */
        post: operations["postApiV1OutboxIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chinese labels of the supervision codes
         * @description Finding sources and kinds, statuses of findings, rectifications, urges and messages, rating levels, channels, negative-list groups: code → 中文.
         */
        get: operations["getApiV1SupervisionLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics: the six figures, grouped
         * @description Accepted, approved, completed, overdue (count and rate), returned (count and rate) and interrupted, over a range of days (default: the last 30 days), grouped by department, item, zone, channel, staff member, day, week (ISO, key = its Monday) or month, or not at all (groupBy=none). `total` covers every group. Department staff see their own department only. Read from rollups kept by the projector.
         *
         *     Definitions (docs/statistics.md). Every figure counts case events of the read model, each on the Asia/Shanghai calendar day the event happened; a period from–to is whole Shanghai days, both ends included. A case's department, item, zone and channel are its own; the staff member is whoever performed the event (events of the platform itself or of the applicant belong to no staff member, key "").
         *     - accepted (受理): ACCEPTED events — cases accepted by the front desk, on the day of acceptance.
         *     - approved (准予): APPROVED events, on the day of the decision. Denials are not counted.
         *     - completed (办结): COMPLETED events — results handed out at the window or delivery confirmed, on that day. completedOnTime: those of cases never overdue before completing; onTimeRate = completedOnTime ÷ completed.
         *     - overdue (超期): cases that became overdue, on the day of their first OVERDUE event; a case counts once even if it is decided later or runs late again after a due date moved. overdueRate = overdue ÷ accepted of the same period and group (a flow ratio: over short periods it can exceed 1).
         *     - returned (退件): RETURNED events (department sent the case back to the front desk), each return counted, on its day. returnedRate = returned ÷ accepted of the same period and group.
         *     - interrupted (中断): PAUSED + SPECIAL_PROCEDURE_STARTED + WITHDRAWN + TERMINATED + CORRECTION_LAPSED events, on their day, each event counted (a case paused twice counts twice), also given per kind.
         *     - specialProcedureOverruns (特别程序超限): SPECIAL_PROCEDURE_OVERDUE events — special procedures that ran past their own limit, on the day the limit passed; each procedure counts once. From then on its time counts against the case's promised limit.
         *     - stageOverdue.preReview (预审超期) / stageOverdue.output (出件超期): PRE_REVIEW_OVERDUE / OUTPUT_OVERDUE events — an application waiting for the front desk's pre-review, or a decided result waiting to be handed out, past the stage's limit in working days; each stage counts once, on the day its limit passed.
         *     - consultations (咨询): consultations recorded at the window, on the day recorded, by the clerk who recorded them, under the item asked about.
         *     Rates are fractions to four decimals, null when the denominator is 0.
         */
        get: operations["getApiV1Statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics: the cases behind a figure
         * @description The events a figure counted (one row per counted event, newest first), with their cases, for the same range and filters as GET /api/v1/statistics; `total` is the figure. metric=interrupted lists all five interruption kinds; paused, specialProcedures, withdrawn, terminated and correctionLapsed list one; completedOnTime lists on-time completions.
         *
         *     Definitions (docs/statistics.md). Every figure counts case events of the read model, each on the Asia/Shanghai calendar day the event happened; a period from–to is whole Shanghai days, both ends included. A case's department, item, zone and channel are its own; the staff member is whoever performed the event (events of the platform itself or of the applicant belong to no staff member, key "").
         *     - accepted (受理): ACCEPTED events — cases accepted by the front desk, on the day of acceptance.
         *     - approved (准予): APPROVED events, on the day of the decision. Denials are not counted.
         *     - completed (办结): COMPLETED events — results handed out at the window or delivery confirmed, on that day. completedOnTime: those of cases never overdue before completing; onTimeRate = completedOnTime ÷ completed.
         *     - overdue (超期): cases that became overdue, on the day of their first OVERDUE event; a case counts once even if it is decided later or runs late again after a due date moved. overdueRate = overdue ÷ accepted of the same period and group (a flow ratio: over short periods it can exceed 1).
         *     - returned (退件): RETURNED events (department sent the case back to the front desk), each return counted, on its day. returnedRate = returned ÷ accepted of the same period and group.
         *     - interrupted (中断): PAUSED + SPECIAL_PROCEDURE_STARTED + WITHDRAWN + TERMINATED + CORRECTION_LAPSED events, on their day, each event counted (a case paused twice counts twice), also given per kind.
         *     - specialProcedureOverruns (特别程序超限): SPECIAL_PROCEDURE_OVERDUE events — special procedures that ran past their own limit, on the day the limit passed; each procedure counts once. From then on its time counts against the case's promised limit.
         *     - stageOverdue.preReview (预审超期) / stageOverdue.output (出件超期): PRE_REVIEW_OVERDUE / OUTPUT_OVERDUE events — an application waiting for the front desk's pre-review, or a decided result waiting to be handed out, past the stage's limit in working days; each stage counts once, on the day its limit passed.
         *     - consultations (咨询): consultations recorded at the window, on the day recorded, by the clerk who recorded them, under the item asked about.
         *     Rates are fractions to four decimals, null when the denominator is 0.
         */
        get: operations["getApiV1StatisticsCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics as an Excel or CSV file
         * @description The same figures as GET /api/v1/statistics for the same range, grouping and filters, as a download: `format=xlsx` (a workbook with the table and a sheet that says what was counted) or `format=csv` (UTF-8 with BOM). One row per group and a last row with the total.
         */
        get: operations["getApiV1StatisticsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/big-screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Big screen: the last 7 days, live counters, overdue and warning lists, department ranking
         * @description The hall's big screen (大屏) data: the six figures for each of the last 7 Asia/Shanghai days (today included) and over the 7 days; today's counters and the cases open now; the overdue and warning lists (cases in the approval stage, at most 50 each, most urgent first; no applicant names, the screen is public in the hall); and the departments ranked by on-time completion rate over the 7 days. Opens to a centre manager or supervisor, or to a screen credential (`Authorization: Bearer owscr_…`, made by the manager at POST /api/v1/screen-credentials). For live updates use GET /api/v1/big-screen/stream.
         *
         *     Definitions (docs/statistics.md). Every figure counts case events of the read model, each on the Asia/Shanghai calendar day the event happened; a period from–to is whole Shanghai days, both ends included. A case's department, item, zone and channel are its own; the staff member is whoever performed the event (events of the platform itself or of the applicant belong to no staff member, key "").
         *     - accepted (受理): ACCEPTED events — cases accepted by the front desk, on the day of acceptance.
         *     - approved (准予): APPROVED events, on the day of the decision. Denials are not counted.
         *     - completed (办结): COMPLETED events — results handed out at the window or delivery confirmed, on that day. completedOnTime: those of cases never overdue before completing; onTimeRate = completedOnTime ÷ completed.
         *     - overdue (超期): cases that became overdue, on the day of their first OVERDUE event; a case counts once even if it is decided later or runs late again after a due date moved. overdueRate = overdue ÷ accepted of the same period and group (a flow ratio: over short periods it can exceed 1).
         *     - returned (退件): RETURNED events (department sent the case back to the front desk), each return counted, on its day. returnedRate = returned ÷ accepted of the same period and group.
         *     - interrupted (中断): PAUSED + SPECIAL_PROCEDURE_STARTED + WITHDRAWN + TERMINATED + CORRECTION_LAPSED events, on their day, each event counted (a case paused twice counts twice), also given per kind.
         *     - specialProcedureOverruns (特别程序超限): SPECIAL_PROCEDURE_OVERDUE events — special procedures that ran past their own limit, on the day the limit passed; each procedure counts once. From then on its time counts against the case's promised limit.
         *     - stageOverdue.preReview (预审超期) / stageOverdue.output (出件超期): PRE_REVIEW_OVERDUE / OUTPUT_OVERDUE events — an application waiting for the front desk's pre-review, or a decided result waiting to be handed out, past the stage's limit in working days; each stage counts once, on the day its limit passed.
         *     - consultations (咨询): consultations recorded at the window, on the day recorded, by the clerk who recorded them, under the item asked about.
         *     Rates are fractions to four decimals, null when the denominator is 0.
         */
        get: operations["getApiV1BigScreen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/big-screen/stream-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Big screen: a short-lived ticket to open the stream
         * @description For a screen credential: EventSource cannot send an Authorization header, and a long-lived token does not belong in a URL. Send the credential in the header here and open GET /api/v1/big-screen/stream?ticket=<ticket> within 60 s. The stream then runs until the credential is revoked. A staff member may ask too (the ticket then runs on their account's role, checked now).
         */
        post: operations["postApiV1BigScreenStreamTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/big-screen/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Big screen: live stream (Server-Sent Events)
         * @description text/event-stream. Each message is the full GET /api/v1/big-screen payload (`data:`), sent at once on connect — so a screen that reconnects, with or without Last-Event-ID, is whole again at once — and again within about a second of any case event (coalesced). Every 15 s an `event: heartbeat` (data: { at }) shows the screen that the connection lives even when nothing changed: a screen that hears nothing for two heartbeats should reconnect and show its figures as stale. `retry: 5000` asks EventSource to reconnect after 5 s.
         *
         *     Who may watch: a screen credential, by `?ticket=` from POST /api/v1/big-screen/stream-ticket (or in the Authorization header); the stream has no expiry and ends with `event: revoked` within seconds of the credential's revocation. A centre manager or supervisor, by `?access_token=` (EventSource sends no headers) or the header; their stream ends with `event: expired` when the token expires.
         */
        get: operations["getApiV1BigScreenStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screen-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List screen credentials
         * @description Active ones by default; `includeRevoked=true` lists revoked ones too. Tokens are never shown again.
         */
        get: operations["getApiV1ScreenCredentials"];
        put?: never;
        /**
         * Make a screen credential for the big screen
         * @description A long-lived, revocable, read-only token that opens the big screen (GET /api/v1/big-screen and its stream) and nothing else: no staff password on the hall's PC and no 15-minute expiry. The token is in this answer only (only its hash is kept): put it on the screen's PC, e.g. open /big-screen#token=<token> once. Every other route refuses it with 403.
         */
        post: operations["postApiV1ScreenCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screen-credentials/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a screen credential
         * @description The credential is refused from now on, everywhere, and the streams open on it end within seconds (`event: revoked`).
         */
        post: operations["postApiV1ScreenCredentialsIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description The rule that refused the request */
            rule?: string;
            errors?: {
                field?: string;
                rule?: string;
                message?: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postApiV1AuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                        /** @description seconds */
                        expiresIn: number;
                        refreshToken: string;
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            role: string;
                            departmentCode?: string;
                            windowNo?: string;
                        };
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 429 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1AuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                        /** @description seconds */
                        expiresIn: number;
                        refreshToken: string;
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            role: string;
                            departmentCode?: string;
                            windowNo?: string;
                        };
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1AuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    /** @description the applicant's name (a person or an organisation) */
                    name: string;
                    phone: string;
                    idNo?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                        /** @description seconds */
                        expiresIn: number;
                        refreshToken: string;
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            role: string;
                            departmentCode?: string;
                            windowNo?: string;
                        };
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 429 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1AuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Cases: {
        parameters: {
            query?: {
                status?: "SUBMITTED" | "CORRECTION_REQUESTED" | "REFUSED" | "TRANSFERRING" | "IN_REVIEW" | "RETURNED" | "DECIDED" | "IN_DELIVERY" | "COMPLETED" | "WITHDRAWN" | "TERMINATED";
                open?: "true" | "false";
                departmentCode?: string;
                itemCode?: string;
                channel?: "ONLINE" | "WINDOW";
                overdue?: "true" | "false";
                warning?: "true" | "false";
                paused?: "true" | "false";
                inSpecialProcedure?: "true" | "false";
                outputHeld?: "true" | "false";
                stage?: "PRE_REVIEW" | "OUTPUT";
                stageOverdue?: "true" | "false";
                from?: string;
                to?: string;
                q?: string;
                sort?: "submittedAt" | "submittedAtAsc" | "dueDate";
                withCounts?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            /** @enum {string} */
                            channel: "ONLINE" | "WINDOW";
                            applicantName: string;
                            /** @enum {string} */
                            status: "SUBMITTED" | "CORRECTION_REQUESTED" | "REFUSED" | "TRANSFERRING" | "IN_REVIEW" | "RETURNED" | "DECIDED" | "IN_DELIVERY" | "COMPLETED" | "WITHDRAWN" | "TERMINATED";
                            /** @description the status in Chinese */
                            statusName: string;
                            stateCode: number;
                            submittedAt: string;
                            acceptedAt: string | null;
                            dueDate: string | null;
                            /** @description working days left until the due date (negative when overdue), for open cases */
                            remainingWorkingDays: number | null;
                            warning: boolean;
                            overdue: boolean;
                            everOverdue: boolean;
                            paused: boolean;
                            inSpecialProcedure: boolean;
                            outputHeld: boolean;
                            /** @description the front-desk stage the case waits in, if any */
                            stage: ("PRE_REVIEW" | "OUTPUT") | null;
                            stageDueDate: string | null;
                            stageWarning: boolean;
                            stageOverdue: boolean;
                        }[];
                        counts?: {
                            open: number;
                            overdue: number;
                            warning: number;
                            paused: number;
                            inSpecialProcedure: number;
                            outputHeld: number;
                            byStatus: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1Cases: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemCode: string;
                    applicant: {
                        name: string;
                        idNo?: string;
                        phone?: string;
                    };
                    /** @default [] */
                    submittedMaterials?: string[];
                    /** @default true */
                    accept?: boolean;
                    /** @default [] */
                    toleratedMaterials?: {
                        code: string;
                        promisedDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toleratedMaterials?: {
                        code: string;
                        promisedDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoRefuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoRequestCorrection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description the clerk's additions: defects in submitted materials, remarks, better wording for a missing one. Every missing required material is listed by the platform itself and cannot be left out.
                     * @default []
                     */
                    items?: {
                        materialCode?: string;
                        name: string;
                        problem: string;
                    }[];
                    days: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoSupplyCorrection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    materialCodes: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoSupplyToleratedMaterial: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    materialCode: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoResubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoIssueOutput: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "WINDOW_PICKUP" | "POST" | "ELECTRONIC";
                    trackingNo?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoConfirmDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoTerminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    opinion?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoDeny: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoStartSpecialProcedure: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "SITE_SURVEY" | "INSPECTION" | "TESTING" | "HEARING" | "EXPERT_REVIEW";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoFinishSpecialProcedure: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    result: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoPause: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description one of TOLERANCE_MATERIAL_PENDING, AWAITING_HIGHER_AUTHORITY, FORCE_MAJEURE */
                    reason: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoResume: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoUrge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /** @description the department must answer within this many working days (default URGE_REPLY_DAYS) */
                    replyDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Departments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Zones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Items: {
        parameters: {
            query?: {
                q?: string;
                departmentCode?: string;
                zoneCode?: string;
                channel?: "ONLINE" | "WINDOW";
                tolerance?: "true" | "false";
                specialProcedure?: "SITE_SURVEY" | "INSPECTION" | "TESTING" | "HEARING" | "EXPERT_REVIEW";
                parentCode?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            code: string;
                            name: string;
                            parentCode: string | null;
                            departmentCode: string;
                            departmentName: string;
                            zoneCode: string;
                            zoneName: string;
                            itemType: string;
                            channels: string[];
                            statutoryLimitDays: number;
                            promisedLimitDays: number;
                            toleranceAllowed: boolean;
                            specialProcedures: string[];
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1Items: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @description for a sub-item (拆分项): the main item it splits */
                    parentCode?: string;
                    departmentCode: string;
                    zoneCode: string;
                    content: {
                        name: string;
                        /** @enum {string} */
                        itemType: "LICENCE" | "FILING" | "CONFIRMATION" | "PUBLIC_SERVICE" | "ADJUDICATION" | "OTHER_POWER";
                        channels: ("ONLINE" | "WINDOW")[];
                        /** @description 法定时限, working days */
                        statutoryLimitDays: number;
                        /** @description 承诺时限, working days, never above the statutory limit */
                        promisedLimitDays: number;
                        conditions: string;
                        legalBasis: string;
                        resultType: string;
                        fee: string;
                        materials: {
                            code: string;
                            name: string;
                            /** @description what exactly is expected, in words an applicant understands */
                            description: string;
                            /** @enum {string} */
                            form: "ORIGINAL" | "COPY" | "ORIGINAL_AND_COPY" | "ELECTRONIC";
                            copies: number;
                            required: boolean;
                            /** @description 容缺: may be supplied after acceptance on the applicant's commitment */
                            tolerable: boolean;
                            /** @description tolerable materials only: working days to supply it */
                            defaultSupplyDays?: number;
                        }[];
                        specialProcedures: {
                            /** @enum {string} */
                            kind: "SITE_SURVEY" | "INSPECTION" | "TESTING" | "HEARING" | "EXPERT_REVIEW";
                            /** @description working days; when omitted, the platform limit of the kind (5, 6, 10, 7 or 30) */
                            limitDays?: number;
                            /** @description required when limitDays differs from the platform limit of the kind: the law or regulation that sets it */
                            legalBasis?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1ItemsCode: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putApiV1ItemsCodeDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        name: string;
                        /** @enum {string} */
                        itemType: "LICENCE" | "FILING" | "CONFIRMATION" | "PUBLIC_SERVICE" | "ADJUDICATION" | "OTHER_POWER";
                        channels: ("ONLINE" | "WINDOW")[];
                        /** @description 法定时限, working days */
                        statutoryLimitDays: number;
                        /** @description 承诺时限, working days, never above the statutory limit */
                        promisedLimitDays: number;
                        conditions: string;
                        legalBasis: string;
                        resultType: string;
                        fee: string;
                        materials: {
                            code: string;
                            name: string;
                            /** @description what exactly is expected, in words an applicant understands */
                            description: string;
                            /** @enum {string} */
                            form: "ORIGINAL" | "COPY" | "ORIGINAL_AND_COPY" | "ELECTRONIC";
                            copies: number;
                            required: boolean;
                            /** @description 容缺: may be supplied after acceptance on the applicant's commitment */
                            tolerable: boolean;
                            /** @description tolerable materials only: working days to supply it */
                            defaultSupplyDays?: number;
                        }[];
                        specialProcedures: {
                            /** @enum {string} */
                            kind: "SITE_SURVEY" | "INSPECTION" | "TESTING" | "HEARING" | "EXPERT_REVIEW";
                            /** @description working days; when omitted, the platform limit of the kind (5, 6, 10, 7 or 30) */
                            limitDays?: number;
                            /** @description required when limitDays differs from the platform limit of the kind: the law or regulation that sets it */
                            legalBasis?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1ItemsCodePublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1ItemsCodeRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1ItemsCodeVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1ItemsCodeVersionsDiff: {
        parameters: {
            query?: {
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CatalogExport: {
        parameters: {
            query?: {
                departmentCode?: string;
                zoneCode?: string;
                codePrefix?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CatalogImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    format: "onewindow-catalog/1";
                    exportedAt?: string;
                    /** @default [] */
                    departments?: {
                        code: string;
                        name: string;
                        shortName: string;
                        stationed: boolean;
                        sortOrder: number;
                    }[];
                    /** @default [] */
                    zones?: {
                        code: string;
                        name: string;
                        description: string;
                        sortOrder: number;
                    }[];
                    items: {
                        code: string;
                        parentCode?: string | null;
                        departmentCode: string;
                        zoneCode: string;
                        /**
                         * @description informational: an import never retires or reinstates an item
                         * @enum {string}
                         */
                        status?: "ACTIVE" | "RETIRED";
                        /** @description informational: the published version in the exporting platform */
                        version?: number;
                        content: {
                            name: string;
                            /** @enum {string} */
                            itemType: "LICENCE" | "FILING" | "CONFIRMATION" | "PUBLIC_SERVICE" | "ADJUDICATION" | "OTHER_POWER";
                            channels: ("ONLINE" | "WINDOW")[];
                            /** @description 法定时限, working days */
                            statutoryLimitDays: number;
                            /** @description 承诺时限, working days, never above the statutory limit */
                            promisedLimitDays: number;
                            conditions: string;
                            legalBasis: string;
                            resultType: string;
                            fee: string;
                            materials: {
                                code: string;
                                name: string;
                                /** @description what exactly is expected, in words an applicant understands */
                                description: string;
                                /** @enum {string} */
                                form: "ORIGINAL" | "COPY" | "ORIGINAL_AND_COPY" | "ELECTRONIC";
                                copies: number;
                                required: boolean;
                                /** @description 容缺: may be supplied after acceptance on the applicant's commitment */
                                tolerable: boolean;
                                /** @description tolerable materials only: working days to supply it */
                                defaultSupplyDays?: number;
                            }[];
                            specialProcedures: {
                                /** @enum {string} */
                                kind: "SITE_SURVEY" | "INSPECTION" | "TESTING" | "HEARING" | "EXPERT_REVIEW";
                                /** @description working days; when omitted, the platform limit of the kind (5, 6, 10, 7 or 30) */
                                limitDays?: number;
                                /** @description required when limitDays differs from the platform limit of the kind: the law or regulation that sets it */
                                legalBasis?: string;
                            }[];
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CalendarDaysDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        workingDay: boolean;
                        /** @enum {string} */
                        kind: "workday" | "weekend" | "holiday" | "makeup_workday";
                        name?: string;
                        /** @description true when the year has no official data: weekends only */
                        provisional: boolean;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putApiV1CalendarDaysDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description workday removes the day's holiday or make-up override: it follows Monday–Friday again
                     * @enum {string}
                     */
                    kind: "holiday" | "makeup_workday" | "workday";
                    /** @description e.g. 春节, or the reason of a local closure */
                    name?: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        change: {
                            id: string;
                            at: string;
                            by: string;
                            days: {
                                date: string;
                                kind: string;
                                name: string;
                            }[];
                            reason: string;
                            notified: number;
                        };
                        /** @description open cases that received the new calendar */
                        notified: number;
                        /** @description open in the read model but no longer running */
                        gone: number;
                        /** @description could not be told now; they receive the full calendar with the next change */
                        failed: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CalendarAddWorkingDays: {
        parameters: {
            query: {
                from: string;
                days: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        days: number;
                        date: string;
                        provisional: boolean;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CalendarWorkingDays: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        count: number;
                        provisional: boolean;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CalendarYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CalendarYearsYearDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        official: boolean;
                        notice: string | null;
                        provisional: boolean;
                        workingDays: number;
                        holidays: number;
                        makeupWorkdays: number;
                        days: {
                            date: string;
                            workingDay: boolean;
                            /** @enum {string} */
                            kind: "workday" | "weekend" | "holiday" | "makeup_workday";
                            name?: string;
                            /** @description true when the year has no official data: weekends only */
                            provisional: boolean;
                            source?: string;
                            note?: string;
                            updatedBy?: string;
                            updatedAt?: string;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CalendarDaysDateImpact: {
        parameters: {
            query: {
                kind: "holiday" | "makeup_workday" | "workday";
            };
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        before: {
                            date: string;
                            workingDay: boolean;
                            /** @enum {string} */
                            kind: "workday" | "weekend" | "holiday" | "makeup_workday";
                            name?: string;
                            /** @description true when the year has no official data: weekends only */
                            provisional: boolean;
                        };
                        after: {
                            date: string;
                            workingDay: boolean;
                            /** @enum {string} */
                            kind: "workday" | "weekend" | "holiday" | "makeup_workday";
                            name?: string;
                            /** @description true when the year has no official data: weekends only */
                            provisional: boolean;
                        };
                        /** @description false when the day stays a working day (or a day off) as it was: no case moves */
                        changesWorkingDay: boolean;
                        /** @description open cases with a running clock whose limit spans the day */
                        checked: number;
                        moved: number;
                        later: number;
                        earlier: number;
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            status: string;
                            acceptedDate: string;
                            dueDate: string;
                            newDueDate: string;
                            suspended: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putApiV1CalendarYearsYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true once the State Council notice for the year is entered */
                    official: boolean;
                    /**
                     * @description title and document number of the notice
                     * @default
                     */
                    notice?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        change: {
                            id: string;
                            at: string;
                            by: string;
                            days: {
                                date: string;
                                kind: string;
                                name: string;
                            }[];
                            reason: string;
                            notified: number;
                        };
                        /** @description open cases that received the new calendar */
                        notified: number;
                        /** @description open in the read model but no longer running */
                        gone: number;
                        /** @description could not be told now; they receive the full calendar with the next change */
                        failed: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1PublicCasesCaseNo: {
        parameters: {
            query: {
                queryCode: string;
            };
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 429 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1PublicResults: {
        parameters: {
            query?: {
                departmentCode?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Users: {
        parameters: {
            query?: {
                role?: "FRONT_DESK_CLERK" | "DEPARTMENT_REVIEWER" | "DEPARTMENT_LEAD" | "CENTRE_MANAGER" | "SUPERVISOR" | "APPLICANT" | "ACCOUNT_ADMIN" | "COMPLAINT_CENTRE";
                departmentCode?: string;
                active?: "true" | "false";
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1Users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    /** @enum {string} */
                    role: "FRONT_DESK_CLERK" | "DEPARTMENT_REVIEWER" | "DEPARTMENT_LEAD" | "CENTRE_MANAGER" | "SUPERVISOR" | "APPLICANT" | "ACCOUNT_ADMIN" | "COMPLAINT_CENTRE";
                    /** @description required for DEPARTMENT_REVIEWER and DEPARTMENT_LEAD, refused for every other role */
                    departmentCode?: string;
                    /** @description required for FRONT_DESK_CLERK (the comprehensive window they sit at), refused for every other role */
                    windowNo?: string;
                    phone?: string;
                    /** @description the initial password: at least 10 characters with letters and digits */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        departmentCode: string | null;
                        windowNo: string | null;
                        /** @description masked */
                        phone: string | null;
                        active: boolean;
                        locked: boolean;
                        lockedUntil: string | null;
                        failedLogins: number;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1UsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        departmentCode: string | null;
                        windowNo: string | null;
                        /** @description masked */
                        phone: string | null;
                        active: boolean;
                        locked: boolean;
                        lockedUntil: string | null;
                        failedLogins: number;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchApiV1UsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @enum {string} */
                    role?: "FRONT_DESK_CLERK" | "DEPARTMENT_REVIEWER" | "DEPARTMENT_LEAD" | "CENTRE_MANAGER" | "SUPERVISOR" | "APPLICANT" | "ACCOUNT_ADMIN" | "COMPLAINT_CENTRE";
                    /** @description null removes it */
                    departmentCode?: string | null;
                    /** @description null removes it */
                    windowNo?: string | null;
                    phone?: string | null;
                    /** @description false deactivates the account and ends its sessions */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        departmentCode: string | null;
                        windowNo: string | null;
                        /** @description masked */
                        phone: string | null;
                        active: boolean;
                        locked: boolean;
                        lockedUntil: string | null;
                        failedLogins: number;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1UsersIdResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        departmentCode: string | null;
                        windowNo: string | null;
                        /** @description masked */
                        phone: string | null;
                        active: boolean;
                        locked: boolean;
                        lockedUntil: string | null;
                        failedLogins: number;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1UsersIdUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        departmentCode: string | null;
                        windowNo: string | null;
                        /** @description masked */
                        phone: string | null;
                        active: boolean;
                        locked: boolean;
                        lockedUntil: string | null;
                        failedLogins: number;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1AuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                    /** @default false */
                    allSessions?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1AuthChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    oldPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 429 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Audit: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                username?: string;
                role?: "FRONT_DESK_CLERK" | "DEPARTMENT_REVIEWER" | "DEPARTMENT_LEAD" | "CENTRE_MANAGER" | "SUPERVISOR" | "APPLICANT" | "ACCOUNT_ADMIN" | "COMPLAINT_CENTRE";
                departmentCode?: string;
                channel?: "ONLINE" | "WINDOW" | "DEPARTMENT" | "CENTRE" | "PUBLIC" | "SYSTEM";
                caseNo?: string;
                action?: string;
                outcome?: "OK" | "REFUSED" | "ERROR";
                requestId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            at: string;
                            userId: string | null;
                            username: string | null;
                            role: string | null;
                            departmentCode: string | null;
                            channel: string | null;
                            caseNo: string | null;
                            action: string;
                            outcome: string;
                            status: number;
                            detail: string;
                            clientIp: string | null;
                            requestId: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Violations: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                kind?: string;
                departmentCode?: string;
                username?: string;
                caseNo?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            at: string;
                            userId: string | null;
                            username: string | null;
                            role: string | null;
                            departmentCode: string | null;
                            kind: string;
                            caseNo: string | null;
                            detail: string;
                            requestId: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoNoticesCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoNoticesRefusal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoNoticesAcceptance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Consultations: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                itemCode?: string;
                departmentCode?: string;
                staffId?: string;
                withCase?: "true" | "false";
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            at: string;
                            mode: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            zoneCode: string;
                            staffId: string;
                            staffName: string;
                            windowNo: string | null;
                            applicantName: string | null;
                            applicantPhone: string | null;
                            question: string;
                            answer: string;
                            caseNo: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1Consultations: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the service item asked about */
                    itemCode: string;
                    /**
                     * @description in person at the window, or by phone
                     * @default WINDOW
                     * @enum {string}
                     */
                    mode?: "WINDOW" | "PHONE";
                    /**
                     * @description who asked; may stay anonymous
                     * @default {}
                     */
                    applicant?: {
                        name?: string;
                        phone?: string;
                    };
                    question: string;
                    answer: string;
                    /** @description the case the consultation led to, if there already is one */
                    caseNo?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        at: string;
                        mode: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        zoneCode: string;
                        staffId: string;
                        staffName: string;
                        windowNo: string | null;
                        applicantName: string | null;
                        applicantPhone: string | null;
                        question: string;
                        answer: string;
                        caseNo: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1ConsultationsIdCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseNo: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        at: string;
                        mode: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        zoneCode: string;
                        staffId: string;
                        staffName: string;
                        windowNo: string | null;
                        applicantName: string | null;
                        applicantPhone: string | null;
                        question: string;
                        answer: string;
                        caseNo: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        /** @enum {string} */
                        kind: "MATERIAL" | "RESULT";
                        materialCode: string;
                        version: number;
                        fileName: string;
                        mediaType: string;
                        size: number;
                        sha256: string;
                        /** @enum {string} */
                        channel: "ONLINE" | "WINDOW";
                        uploadedBy: {
                            name: string;
                            role: string;
                        };
                        createdAt: string;
                    }[];
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1CasesCaseNoDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description the item's material code, e.g. M01 */
                    materialCode: string;
                    /**
                     * Format: binary
                     * @description the material: PDF, JPEG or PNG
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        /** @enum {string} */
                        kind: "MATERIAL" | "RESULT";
                        materialCode: string;
                        version: number;
                        fileName: string;
                        mediaType: string;
                        size: number;
                        sha256: string;
                        /** @enum {string} */
                        channel: "ONLINE" | "WINDOW";
                        uploadedBy: {
                            name: string;
                            role: string;
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 413 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 415 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoDocumentsDocumentIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1CasesCaseNoResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1PublicVerifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        genuine: true;
                        code: string;
                        caseNo: string;
                        /** @description 准予行政许可决定书 or 不予行政许可决定书 */
                        title: string;
                        itemName: string;
                        /** @description masked for persons */
                        applicant: string;
                        departmentName: string;
                        /** @enum {string} */
                        decision: "APPROVED" | "DENIED";
                        decisionName: string;
                        decisionDate: string;
                        /** @description sha256 of the genuine PDF: a file with another hash is not the certificate issued */
                        sha256: string;
                        issuedAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1PublicVerifyCodeFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the certificate PDF to check
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        genuine: true;
                        code: string;
                        caseNo: string;
                        /** @description 准予行政许可决定书 or 不予行政许可决定书 */
                        title: string;
                        itemName: string;
                        /** @description masked for persons */
                        applicant: string;
                        departmentName: string;
                        /** @enum {string} */
                        decision: "APPROVED" | "DENIED";
                        decisionName: string;
                        decisionDate: string;
                        /** @description sha256 of the genuine PDF: a file with another hash is not the certificate issued */
                        sha256: string;
                        issuedAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 413 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 415 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1OpsProjectionIssues: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1OpsAnonymousRefusals: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1ReportsMonthly: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Reports: {
        parameters: {
            query?: {
                month?: string;
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1ReportsIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1ReportsMonthlyMonthRecipients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        items: {
                            id: string;
                            at: string;
                            /** @enum {string} */
                            recipient: "BUSINESS_ENVIRONMENT_OFFICE" | "CENTRE" | "DEPARTMENT";
                            departmentCode: string | null;
                            name: string;
                            title: string;
                            read: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Notifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1NegativeSituations: {
        parameters: {
            query?: {
                group?: "WINDOW_STAFF" | "DEPARTMENT";
                includeInactive?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: {
                            [key: string]: string;
                        };
                        items: {
                            code: string;
                            version: number;
                            /** @enum {string} */
                            group: "WINDOW_STAFF" | "DEPARTMENT";
                            groupName: string;
                            title: string;
                            description: string;
                            basis: string;
                            rectifyDays: number;
                            active: boolean;
                            changedBy: string;
                            changeNote: string;
                            changedAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1NegativeSituations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @enum {string} */
                    group: "WINDOW_STAFF" | "DEPARTMENT";
                    title: string;
                    description: string;
                    /** @description the public standard or regulation it rests on */
                    basis: string;
                    /** @description rectification deadline in working days */
                    rectifyDays: number;
                    /** @default true */
                    active?: boolean;
                    /** @description why the list changes */
                    changeNote: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        version: number;
                        /** @enum {string} */
                        group: "WINDOW_STAFF" | "DEPARTMENT";
                        groupName: string;
                        title: string;
                        description: string;
                        basis: string;
                        rectifyDays: number;
                        active: boolean;
                        changedBy: string;
                        changeNote: string;
                        changedAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1NegativeSituationsCodeVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        version: number;
                        /** @enum {string} */
                        group: "WINDOW_STAFF" | "DEPARTMENT";
                        groupName: string;
                        title: string;
                        description: string;
                        basis: string;
                        rectifyDays: number;
                        active: boolean;
                        changedBy: string;
                        changeNote: string;
                        changedAt: string;
                    }[];
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putApiV1NegativeSituationsCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    group: "WINDOW_STAFF" | "DEPARTMENT";
                    title: string;
                    description: string;
                    /** @description the public standard or regulation it rests on */
                    basis: string;
                    /** @description rectification deadline in working days */
                    rectifyDays: number;
                    /** @default true */
                    active?: boolean;
                    /** @description why the list changes */
                    changeNote: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        version: number;
                        /** @enum {string} */
                        group: "WINDOW_STAFF" | "DEPARTMENT";
                        groupName: string;
                        title: string;
                        description: string;
                        basis: string;
                        rectifyDays: number;
                        active: boolean;
                        changedBy: string;
                        changeNote: string;
                        changedAt: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1InboundHotline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the ticket number in the sending system; a resend with the same number is answered with the first result */
                    ticketNo: string;
                    /**
                     * Format: date-time
                     * @description when the sending system received it (ISO 8601 with offset)
                     */
                    receivedAt: string;
                    /**
                     * @description COMPLAINT 投诉 or FEEDBACK 反馈/建议
                     * @default COMPLAINT
                     * @enum {string}
                     */
                    category?: "COMPLAINT" | "FEEDBACK";
                    /** @description what the citizen or enterprise reported */
                    content: string;
                    /** @default {} */
                    complainant?: {
                        name?: string;
                        phone?: string;
                    };
                    /**
                     * @description the department named, by code or by name
                     * @default {}
                     */
                    department?: {
                        code?: string;
                        name?: string;
                    };
                    caseNo?: string;
                    windowNo?: string;
                    staffName?: string;
                    /** @description a negative situation code, if the sender classified it */
                    situationCode?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        findingId: string;
                        status: string;
                        duplicate: boolean;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1InboundBusinessPlatform: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the ticket number in the sending system; a resend with the same number is answered with the first result */
                    ticketNo: string;
                    /**
                     * Format: date-time
                     * @description when the sending system received it (ISO 8601 with offset)
                     */
                    receivedAt: string;
                    /**
                     * @description COMPLAINT 投诉 or FEEDBACK 反馈/建议
                     * @default COMPLAINT
                     * @enum {string}
                     */
                    category?: "COMPLAINT" | "FEEDBACK";
                    /** @description what the citizen or enterprise reported */
                    content: string;
                    /** @default {} */
                    complainant?: {
                        name?: string;
                        phone?: string;
                    };
                    /**
                     * @description the department named, by code or by name
                     * @default {}
                     */
                    department?: {
                        code?: string;
                        name?: string;
                    };
                    caseNo?: string;
                    windowNo?: string;
                    staffName?: string;
                    /** @description a negative situation code, if the sender classified it */
                    situationCode?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        findingId: string;
                        status: string;
                        duplicate: boolean;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Findings: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                source?: "PATROL" | "HOTLINE_12345" | "BUSINESS_PLATFORM" | "PLATFORM" | "RATING";
                kind?: "PATROL" | "COMPLAINT" | "FEEDBACK" | "VIOLATION" | "OVERDUE_CASE" | "UNANSWERED_URGE" | "BAD_RATING";
                status?: "NEW" | "CONFIRMED" | "DISMISSED";
                departmentCode?: string;
                situationCode?: string;
                caseNo?: string;
                hasRectification?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            source: string;
                            sourceName: string;
                            kind: string;
                            kindName: string;
                            externalRef: string | null;
                            occurredAt: string;
                            recordedAt: string;
                            recordedBy: string;
                            departmentCode: string | null;
                            staffName: string | null;
                            windowNo: string | null;
                            caseNo: string | null;
                            situationCode: string | null;
                            summary: string;
                            evidence: string;
                            complainantName: string | null;
                            complainantPhone: string | null;
                            status: string;
                            statusName: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            rectificationId: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1Findings: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when it was seen; now if absent
                     */
                    occurredAt?: string;
                    departmentCode?: string;
                    windowNo?: string;
                    staffName?: string;
                    caseNo?: string;
                    situationCode?: string;
                    summary: string;
                    /** @default  */
                    evidence?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source: string;
                        sourceName: string;
                        kind: string;
                        kindName: string;
                        externalRef: string | null;
                        occurredAt: string;
                        recordedAt: string;
                        recordedBy: string;
                        departmentCode: string | null;
                        staffName: string | null;
                        windowNo: string | null;
                        caseNo: string | null;
                        situationCode: string | null;
                        summary: string;
                        evidence: string;
                        complainantName: string | null;
                        complainantPhone: string | null;
                        status: string;
                        statusName: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        rectificationId: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1FindingsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source: string;
                        sourceName: string;
                        kind: string;
                        kindName: string;
                        externalRef: string | null;
                        occurredAt: string;
                        recordedAt: string;
                        recordedBy: string;
                        departmentCode: string | null;
                        staffName: string | null;
                        windowNo: string | null;
                        caseNo: string | null;
                        situationCode: string | null;
                        summary: string;
                        evidence: string;
                        complainantName: string | null;
                        complainantPhone: string | null;
                        status: string;
                        statusName: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        rectificationId: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1FindingsIdConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /** @description the responsible department; the finding's when absent */
                    departmentCode?: string;
                    situationCode?: string;
                    deadlineDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source: string;
                        sourceName: string;
                        kind: string;
                        kindName: string;
                        externalRef: string | null;
                        occurredAt: string;
                        recordedAt: string;
                        recordedBy: string;
                        departmentCode: string | null;
                        staffName: string | null;
                        windowNo: string | null;
                        caseNo: string | null;
                        situationCode: string | null;
                        summary: string;
                        evidence: string;
                        complainantName: string | null;
                        complainantPhone: string | null;
                        status: string;
                        statusName: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        rectificationId: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1FindingsIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source: string;
                        sourceName: string;
                        kind: string;
                        kindName: string;
                        externalRef: string | null;
                        occurredAt: string;
                        recordedAt: string;
                        recordedBy: string;
                        departmentCode: string | null;
                        staffName: string | null;
                        windowNo: string | null;
                        caseNo: string | null;
                        situationCode: string | null;
                        summary: string;
                        evidence: string;
                        complainantName: string | null;
                        complainantPhone: string | null;
                        status: string;
                        statusName: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        rectificationId: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Rectifications: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                status?: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                open?: "true" | "false";
                departmentCode?: string;
                overdue?: "true" | "false";
                warning?: "true" | "false";
                escalated?: "true" | "false";
                appeal?: "PENDING" | "UPHELD" | "REJECTED";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            findingId: string;
                            departmentCode: string;
                            situationCode: string | null;
                            title: string;
                            status: string;
                            statusName: string;
                            outcome: string | null;
                            outcomeName: string | null;
                            dueDate: string | null;
                            warning: boolean;
                            overdue: boolean;
                            escalated: boolean;
                            appeal: string | null;
                            createdAt: string;
                            closedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1RectificationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1RectificationsIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        seq: number;
                        at: string;
                        type: string;
                        actor: {
                            name: string;
                            role: string | null;
                        } | null;
                        detail: unknown;
                    }[];
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 回访核实 result */
                    note: string;
                    situationCode?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdDismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdAcknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdSubmitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 整改报告: what was done */
                    report: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdSendBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description a new deadline in working days from today; the old one stands when absent */
                    days?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 申诉复核: why the rating is false */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1RectificationsIdDecideAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    upheld: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findingId: string;
                        source: string;
                        title: string;
                        departmentCode: string;
                        situationCode?: string;
                        caseNo?: string;
                        /** @enum {string} */
                        status: "VERIFYING" | "OPEN" | "RECTIFYING" | "SUBMITTED" | "SENT_BACK" | "VERIFIED" | "CLOSED";
                        /** @enum {string} */
                        outcome?: "RECTIFIED" | "DISMISSED" | "APPEAL_UPHELD";
                        deadlineDays: number;
                        startedAt: string;
                        verifyDueDate?: string;
                        verificationOverdue: boolean;
                        dueDate: string;
                        dueAt: string;
                        warning: boolean;
                        overdue: boolean;
                        escalated: boolean;
                        reports: {
                            at: string;
                            by: string;
                            text: string;
                        }[];
                        sendBacks: {
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        appeal?: {
                            at: string;
                            by: string;
                            reason: string;
                            status: string;
                            decidedBy?: string;
                            decision?: string;
                        };
                        closedAt?: string;
                        /** @description what the state allows now, not yet filtered by role */
                        allowedActions: ("confirm" | "dismiss" | "acknowledge" | "submitReport" | "verify" | "sendBack" | "close" | "appeal" | "decideAppeal")[];
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 422 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Urges: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                status?: "AWAITING_REPLY" | "ANSWERED" | "ESCALATED";
                departmentCode?: string;
                caseNo?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            caseNo: string;
                            departmentCode: string;
                            note: string;
                            urgedBy: string;
                            urgedAt: string;
                            replyDays: number;
                            dueDate: string;
                            status: string;
                            statusName: string;
                            answer: string | null;
                            answeredBy: string | null;
                            answeredAt: string | null;
                            findingId: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1UrgesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        departmentCode: string;
                        itemName: string;
                        note: string;
                        urgedBy: string;
                        urgedAt: string;
                        replyDays: number;
                        dueDate: string;
                        dueAt: string;
                        /** @enum {string} */
                        status: "AWAITING_REPLY" | "ANSWERED" | "ESCALATED";
                        warned: boolean;
                        escalated: boolean;
                        answer?: {
                            at: string;
                            by: string;
                            text: string;
                            late: boolean;
                        };
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1UrgesIdAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        departmentCode: string;
                        itemName: string;
                        note: string;
                        urgedBy: string;
                        urgedAt: string;
                        replyDays: number;
                        dueDate: string;
                        dueAt: string;
                        /** @enum {string} */
                        status: "AWAITING_REPLY" | "ANSWERED" | "ESCALATED";
                        warned: boolean;
                        escalated: boolean;
                        answer?: {
                            at: string;
                            by: string;
                            text: string;
                            late: boolean;
                        };
                        lastSeq: number;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1PublicCasesCaseNoRating: {
        parameters: {
            query?: {
                queryCode?: string;
                token?: string;
            };
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        itemName: string;
                        status: string;
                        canRate: boolean;
                        levels: {
                            [key: string]: string;
                        };
                        rating: {
                            level: number;
                            levelName: string;
                            ratedAt: string;
                        } | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 429 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1PublicCasesCaseNoRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    queryCode?: string;
                    token?: string;
                    level: number;
                    overall?: number;
                    efficiency?: number;
                    serviceLevel?: number;
                    attitude?: number;
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        level: number;
                        levelName: string;
                        findingId: string | null;
                        rectificationId: string | null;
                        message: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Ratings: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                departmentCode?: string;
                level?: number;
                bad?: "true" | "false";
                windowNo?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            caseNo: string;
                            itemCode: string;
                            departmentCode: string;
                            clerkName: string | null;
                            windowNo: string | null;
                            level: number;
                            levelName: string;
                            overall: number;
                            efficiency: number;
                            serviceLevel: number;
                            attitude: number;
                            comment: string;
                            channel: string;
                            ratedAt: string;
                            findingId: string | null;
                            excluded: boolean;
                            excludedReason: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1RatingsStatistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "department" | "window" | "clerk" | "item" | "none";
                departmentCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        groupBy: "department" | "window" | "clerk" | "item" | "none";
                        from: string | null;
                        to: string | null;
                        levels: {
                            [key: string]: string;
                        };
                        groups: {
                            key: string;
                            label: string;
                            rated: number;
                            levels: {
                                1: number;
                                2: number;
                                3: number;
                                4: number;
                                5: number;
                            };
                            satisfied: number;
                            bad: number;
                            satisfactionRate: number | null;
                            averages: {
                                level: number | null;
                                overall: number | null;
                                efficiency: number | null;
                                serviceLevel: number | null;
                                attitude: number | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Outbox: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                status?: "PENDING" | "SENT" | "DEAD";
                channel?: "SMS" | "EMAIL";
                kind?: string;
                ref?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            createdAt: string;
                            kind: string;
                            channel: string;
                            recipient: string;
                            subject: string;
                            body: string;
                            ref: string | null;
                            status: string;
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            sentAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1OutboxDeadLetters: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                status?: "PENDING" | "SENT" | "DEAD";
                channel?: "SMS" | "EMAIL";
                kind?: string;
                ref?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        pageSize: number;
                        total: number;
                        items: {
                            id: string;
                            createdAt: string;
                            kind: string;
                            channel: string;
                            recipient: string;
                            subject: string;
                            body: string;
                            ref: string | null;
                            status: string;
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            sentAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1OutboxIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        createdAt: string;
                        kind: string;
                        channel: string;
                        recipient: string;
                        subject: string;
                        body: string;
                        ref: string | null;
                        status: string;
                        attempts: number;
                        nextAttemptAt: string;
                        lastError: string | null;
                        sentAt: string | null;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1SupervisionLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1Statistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                departmentCode?: string;
                itemCode?: string;
                zoneCode?: string;
                channel?: "ONLINE" | "WINDOW";
                staffId?: string;
                groupBy?: "none" | "department" | "item" | "zone" | "channel" | "staff" | "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        /** @enum {string} */
                        groupBy: "none" | "department" | "item" | "zone" | "channel" | "staff" | "day" | "week" | "month";
                        filters: {
                            departmentCode?: string;
                            itemCode?: string;
                            zoneCode?: string;
                            channel?: string;
                            staffId?: string;
                        };
                        /** @enum {string} */
                        rollup: "department" | "detail";
                        total: {
                            accepted: number;
                            approved: number;
                            completed: number;
                            completedOnTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                            overdueRate: number | null;
                            returned: number;
                            returnedRate: number | null;
                            interrupted: number;
                            interruptions: {
                                paused: number;
                                specialProcedures: number;
                                withdrawn: number;
                                terminated: number;
                                correctionLapsed: number;
                            };
                            specialProcedureOverruns: number;
                            stageOverdue: {
                                preReview: number;
                                output: number;
                            };
                            consultations: number;
                        };
                        groups: {
                            accepted: number;
                            approved: number;
                            completed: number;
                            completedOnTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                            overdueRate: number | null;
                            returned: number;
                            returnedRate: number | null;
                            interrupted: number;
                            interruptions: {
                                paused: number;
                                specialProcedures: number;
                                withdrawn: number;
                                terminated: number;
                                correctionLapsed: number;
                            };
                            specialProcedureOverruns: number;
                            stageOverdue: {
                                preReview: number;
                                output: number;
                            };
                            consultations: number;
                            key: string;
                            label: string;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1StatisticsCases: {
        parameters: {
            query: {
                metric: "accepted" | "approved" | "completed" | "completedOnTime" | "overdue" | "returned" | "interrupted" | "paused" | "specialProcedures" | "withdrawn" | "terminated" | "correctionLapsed" | "specialProcedureOverruns" | "preReviewOverdue" | "outputOverdue";
                from?: string;
                to?: string;
                departmentCode?: string;
                itemCode?: string;
                zoneCode?: string;
                channel?: "ONLINE" | "WINDOW";
                staffId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metric: string;
                        from: string;
                        to: string;
                        filters: {
                            departmentCode?: string;
                            itemCode?: string;
                            zoneCode?: string;
                            channel?: string;
                            staffId?: string;
                        };
                        /** @description the figure itself (from the rollups) */
                        total: number;
                        page: number;
                        pageSize: number;
                        items: {
                            caseNo: string;
                            eventSeq: number;
                            eventType: string;
                            eventAt: string;
                            day: string;
                            actor: {
                                id: string;
                                name: string;
                                role: string;
                            } | null;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            zoneCode: string;
                            channel: string;
                            status: string;
                            applicantName: string;
                            acceptedAt: string | null;
                            dueDate: string | null;
                            overdue: boolean;
                            everOverdue: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1StatisticsExport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                departmentCode?: string;
                itemCode?: string;
                zoneCode?: string;
                channel?: "ONLINE" | "WINDOW";
                staffId?: string;
                groupBy?: "none" | "department" | "item" | "zone" | "channel" | "staff" | "day" | "week" | "month";
                format?: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1BigScreen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generatedAt: string;
                        window: {
                            from: string;
                            to: string;
                        };
                        days: {
                            accepted: number;
                            approved: number;
                            completed: number;
                            completedOnTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                            overdueRate: number | null;
                            returned: number;
                            returnedRate: number | null;
                            interrupted: number;
                            interruptions: {
                                paused: number;
                                specialProcedures: number;
                                withdrawn: number;
                                terminated: number;
                                correctionLapsed: number;
                            };
                            specialProcedureOverruns: number;
                            stageOverdue: {
                                preReview: number;
                                output: number;
                            };
                            consultations: number;
                            day: string;
                        }[];
                        last7Days: {
                            accepted: number;
                            approved: number;
                            completed: number;
                            completedOnTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                            overdueRate: number | null;
                            returned: number;
                            returnedRate: number | null;
                            interrupted: number;
                            interruptions: {
                                paused: number;
                                specialProcedures: number;
                                withdrawn: number;
                                terminated: number;
                                correctionLapsed: number;
                            };
                            specialProcedureOverruns: number;
                            stageOverdue: {
                                preReview: number;
                                output: number;
                            };
                            consultations: number;
                        };
                        live: {
                            day: string;
                            today: {
                                accepted: number;
                                approved: number;
                                completed: number;
                                completedOnTime: number;
                                onTimeRate: number | null;
                                overdue: number;
                                overdueRate: number | null;
                                returned: number;
                                returnedRate: number | null;
                                interrupted: number;
                                interruptions: {
                                    paused: number;
                                    specialProcedures: number;
                                    withdrawn: number;
                                    terminated: number;
                                    correctionLapsed: number;
                                };
                                specialProcedureOverruns: number;
                                stageOverdue: {
                                    preReview: number;
                                    output: number;
                                };
                                consultations: number;
                            };
                            open: number;
                            openByStatus: {
                                [key: string]: number;
                            };
                            overdueNow: number;
                            warningNow: number;
                            stageOverdueNow: {
                                preReview: number;
                                output: number;
                            };
                        };
                        overdue: {
                            total: number;
                            items: {
                                caseNo: string;
                                itemCode: string;
                                itemName: string;
                                departmentCode: string;
                                departmentName: string;
                                status: string;
                                acceptedAt: string | null;
                                dueDate: string | null;
                                dueAt: string | null;
                            }[];
                        };
                        warning: {
                            total: number;
                            items: {
                                caseNo: string;
                                itemCode: string;
                                itemName: string;
                                departmentCode: string;
                                departmentName: string;
                                status: string;
                                acceptedAt: string | null;
                                dueDate: string | null;
                                dueAt: string | null;
                            }[];
                        };
                        ranking: {
                            rank: number;
                            departmentCode: string;
                            departmentName: string;
                            accepted: number;
                            completed: number;
                            completedOnTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                            returned: number;
                        }[];
                        satisfaction: {
                            overall: {
                                key: string;
                                label: string;
                                rated: number;
                                levels: {
                                    1: number;
                                    2: number;
                                    3: number;
                                    4: number;
                                    5: number;
                                };
                                satisfied: number;
                                bad: number;
                                satisfactionRate: number | null;
                                averages: {
                                    level: number | null;
                                    overall: number | null;
                                    efficiency: number | null;
                                    serviceLevel: number | null;
                                    attitude: number | null;
                                };
                            } | null;
                            byDepartment: {
                                key: string;
                                label: string;
                                rated: number;
                                levels: {
                                    1: number;
                                    2: number;
                                    3: number;
                                    4: number;
                                    5: number;
                                };
                                satisfied: number;
                                bad: number;
                                satisfactionRate: number | null;
                                averages: {
                                    level: number | null;
                                    overall: number | null;
                                    efficiency: number | null;
                                    serviceLevel: number | null;
                                    attitude: number | null;
                                };
                            }[];
                        };
                        definitions: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1BigScreenStreamTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: string;
                        expiresIn: number;
                        stream: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1BigScreenStream: {
        parameters: {
            query?: {
                access_token?: string;
                ticket?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 503 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiV1ScreenCredentials: {
        parameters: {
            query?: {
                includeRevoked?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description the first characters of the token, to tell credentials apart */
                            tokenPrefix: string;
                            createdBy: string;
                            createdAt: string;
                            /** @description when a screen last used it (written at most once a minute) */
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            revokedBy: string | null;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1ScreenCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description where the screen hangs, e.g. 一楼大厅主屏 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: {
                            id: string;
                            name: string;
                            /** @description the first characters of the token, to tell credentials apart */
                            tokenPrefix: string;
                            createdBy: string;
                            createdAt: string;
                            /** @description when a screen last used it (written at most once a minute) */
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            revokedBy: string | null;
                            active: boolean;
                        };
                        /** @description shown once */
                        token: string;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1ScreenCredentialsIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description the first characters of the token, to tell credentials apart */
                        tokenPrefix: string;
                        createdBy: string;
                        createdAt: string;
                        /** @description when a screen last used it (written at most once a minute) */
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        revokedBy: string | null;
                        active: boolean;
                    };
                };
            };
            /** @description Problem 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 401 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 403 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 404 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem 409 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
