/// The OpenAPI document of the JSON API (/api/openapi.json). Its lines are continued with
/// `\` (no line break in the text): the document is served byte for byte as before.
extension API {
    static let openAPI = """
        {"openapi":"3.0.3","info":{"title":"Balans API","version":"1.0.0","description":"Figures,\
         reports and forecast entry of Balans. Log in at /login: the session cookie (__Host-balans_session; \
        balans_session on a server with --insecure-cookies) authenticates the API; writes need the \
        session's CSRF token in X-CSRF-Token. Amounts are kronor as exact decimals."},
        "components":{"securitySchemes":{"session":{"type":"apiKey","in":"cookie","name":"__Host-balans_session"}},
        "parameters":{"period":{"name":"period","in":"query","required":false,"schema":{"type":"string",\
        "pattern":"^[0-9]{4}-[0-9]{2}$"},\
        "description":"Report period YYYY-MM; default the last month of the newest ledger."},
        "code":{"name":"code","in":"path","required":true,"schema":{"type":"string"}},\
        "csrf":{"name":"X-CSRF-Token","in":"header","required":true,"schema":{"type":"string"}}},
        "schemas":{"Error":{"type":"object","properties":{"error":{"type":"string"}},"required":["error"]},
        "Plan":{"type":"object","properties":{"version":{"type":"string"},"firstYear":{"type":"integer"},\
        "assumptions":{"type":"array","items":{"type":"string"}},"years":{"type":"array","items":{"type":"object",\
        "properties":{"year":{"type":"integer"},"taxes":{"type":"object"},"frames":{"type":"array","items":\
        {"type":"object"}},"framesTotal":{"type":"number"},"common":{"type":"array","items":{"type":"object"}},\
        "commonTotal":{"type":"number"},"result":{"type":"number"},"resultShare":{"type":"number",\
        "nullable":true},"targetPercent":{"type":"number"},"target":{"type":"number"},\
        "meetsTarget":{"type":"boolean"}}}}}},
        "PlanFigure":{"type":"object","properties":{"year":{"type":"integer"},"a":{"type":"number",\
        "nullable":true},"b":{"type":"number","nullable":true},"difference":{"type":"number","nullable":true}}},
        "Version":{"type":"object","properties":{"version":{"type":"integer"},"status":{"type":"string",\
        "enum":["draft","submitted","approved","returned"]}},"required":["version","status"]},
        "Forecast":{"type":"object","properties":{"committee":{"type":"string"},"period":{"type":"string"},\
        "status":{"type":"string"},"version":{"type":"integer"},"comment":{"type":"string"},\
        "rows":{"type":"array","items":{"type":"object","properties":{"node":{"type":"string"},\
        "account":{"type":"integer","nullable":true},"budget":{"type":"number"},\
        "forecast":{"type":"number"},"comment":{"type":"string"}}}}}},
        "ForecastInput":{"type":"object","required":["version","rows"],\
        "properties":{"version":{"type":"integer"},"rows":{"type":"array","items":{"type":"object",\
        "required":["node","amount"],"properties":{"node":{"type":"string"},"account":{"type":"integer",\
        "nullable":true},"amount":{"type":"string","description":"kronor, e.g. -2904000000.00"},\
        "comment":{"type":"string"}}}}}},
        "Transition":{"type":"object","required":["version"],"properties":{"version":{"type":"integer"},\
        "comment":{"type":"string"}}},
        "Change":{"type":"object","properties":{"id":{"type":"integer"},"kind":{"type":"string",\
        "enum":["text","activity","indicator"]},"period":{"type":"string"},"node":{"type":"string"},\
        "key":{"type":"string"},"value":{"type":"string"},"comment":{"type":"string"},\
        "status":{"type":"string","enum":["draft","submitted","approved","returned"]},\
        "version":{"type":"integer"},"reviewComment":{"type":"string"},"updatedBy":{"type":"string"}}},
        "ChangeInput":{"type":"object","required":["kind","key","value","version"],\
        "properties":{"kind":{"type":"string","enum":["text","activity","indicator"]},\
        "key":{"type":"string","description":"text: the section (summary, deviation_analysis,\
         …); activity: commitment TAB activity (empty activity for the commitment's assessment); indicator: \
        its code"},"value":{"type":"string"},"comment":{"type":"string"},"version":{"type":"integer"},\
        "submit":{"type":"boolean"}}},
        "BudgetPreview":{"type":"object","properties":{"year":{"type":"integer"},"basis":{"type":"string"},\
        "saved":{"type":"boolean"},"problems":{"type":"array","items":{"type":"string"}},\
        "unchanged":{"type":"integer"},"rows":{"type":"array","items":{"type":"object","properties":{\
        "cell":{"type":"string"},"node":{"type":"string"},"account":{"type":"integer","nullable":true},\
        "previousAmount":{"type":"number","nullable":true},"amount":{"type":"number"},\
        "previousMonthly":{"type":"array","nullable":true,"items":{"type":"number"}},\
        "monthly":{"type":"array","items":{"type":"number"}}}}}}},
        "User":{"type":"object","properties":{"name":{"type":"string"},"role":{"type":"string",\
        "enum":["admin","central","committee","reader"]},"node":{"type":"string"},"email":{"type":"string"},\
        "active":{"type":"boolean"}},"required":["name","role","node","email","active"]},
        "UserInput":{"type":"object","properties":{"name":{"type":"string","description":"only when adding"},\
        "role":{"type":"string","enum":["admin","central","committee","reader"]},"node":{"type":"string",\
        "description":"a committee controller's org node"},"email":{"type":"string"},"active":{"type":"boolean"},\
        "password":{"type":"string","minLength":8}}}}},
        "security":[{"session":[]}],
        "paths":{
        "/api/ratios":{"get":{"summary":"Financial key ratios (SPEC §6.3); with org,\
         a committee's (its hired-staff share)","parameters":[{"$ref":"#/components/parameters/period"},\
        {"name":"org","in":"query","required":false,"schema":{"type":"string"}}],\
        "responses":{"200":{"description":"Key ratios",\
        "content":{"application/json":{"schema":{"type":"object"}}}},"401":{"description":"Not logged in",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}},\
        "403":{"description":"Not allowed",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/reports/{kind}":{"get":{"summary":"A report value as JSON","parameters":[{"name":"kind",\
        "in":"path","required":true,"schema":{"type":"string","enum":["manad","ur1","ur2","arsredovisning",\
        "namnd","malbudget"]}},{"$ref":"#/components/parameters/period"},{"name":"org","in":"query",\
        "required":false,"schema":{"type":"string"}},{"name":"frozen","in":"query","required":false,\
        "schema":{"type":"string"}},{"name":"version","in":"query","required":false,\
        "description":"malbudget: the plan version (default: the decided one of the period's year, else \
        the one that begins in it)",\
        "schema":{"type":"string"}}],"responses":{"200":{"description":"The report",\
        "content":{"application/json":{"schema":{"type":"object"}}}},"401":{"description":"Not logged in"},\
        "403":{"description":"Not allowed"},"404":{"description":"No such report"}}}},
        "/api/committees/{code}/forecast":{"get":{"summary":"A committee's forecast of the period",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"}],\
        "responses":{"200":{"description":"The forecast",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Forecast"}}}},\
        "401":{"description":"Not logged in"},"403":{"description":"Not your committee"}}},
        "post":{"summary":"Save the forecast as a draft",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/ForecastInput"}}}},\
        "responses":{"200":{"description":"Saved",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Version"}}}},\
        "403":{"description":"Not your committee or CSRF"},\
        "409":{"description":"Stale version or not editable",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/committees/{code}/changes":{"get":{"summary":"The committee's changes (texts, activities,\
         indicators) of the period","parameters":[{"$ref":"#/components/parameters/code"},\
        {"$ref":"#/components/parameters/period"}],"responses":{"200":{"description":"Changes",\
        "content":{"application/json":{"schema":{"type":"array",\
        "items":{"$ref":"#/components/schemas/Change"}}}}},"401":{"description":"Not logged in"},\
        "403":{"description":"Not your committee"}}},
        "post":{"summary":"Save (or submit) a change as a draft",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/ChangeInput"}}}},\
        "responses":{"200":{"description":"Saved",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Version"}}}},\
        "403":{"description":"Not your committee or CSRF"},"409":{"description":"Stale version,\
         not editable or not a valid value",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/changes/{id}/approve":{"post":{"summary":"Approve and apply a submitted change (central \
        controller)","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Transition"}}}},\
        "responses":{"200":{"description":"Approved",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Change"}}}},\
        "403":{"description":"Not allowed"},"409":{"description":"Stale version or wrong status"}}}},
        "/api/changes/{id}/return":{"post":{"summary":"Return a submitted change with a comment (central \
        controller)","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Transition"}}}},\
        "responses":{"200":{"description":"Returned",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Change"}}}},\
        "403":{"description":"Not allowed"},"409":{"description":"Stale version or wrong status"}}}},
        "/api/committees/{code}/forecast/submit":{"post":{"summary":"Submit for approval",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Transition"}}}},\
        "responses":{"200":{"description":"Submitted",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Version"}}}},\
        "403":{"description":"Not allowed"},"409":{"description":"Stale version or wrong status"}}}},
        "/api/committees/{code}/forecast/approve":{"post":{"summary":"Approve (central controller)",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Transition"}}}},\
        "responses":{"200":{"description":"Approved",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Version"}}}},\
        "403":{"description":"Not allowed"},"409":{"description":"Stale version or wrong status"}}}},
        "/api/committees/{code}/forecast/return":{"post":{"summary":"Return with a comment (central \
        controller)","parameters":[{"$ref":"#/components/parameters/code"},\
        {"$ref":"#/components/parameters/period"},{"$ref":"#/components/parameters/csrf"}],\
        "requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Transition"}}}},\
        "responses":{"200":{"description":"Returned",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Version"}}}},\
        "403":{"description":"Not allowed"},"409":{"description":"Stale version or wrong status"}}}},
        "/api/status":{"get":{"summary":"The status board: each committee's reporting of the period (central \
        controllers): status draft, submitted, returned, approved, imported (read from a file) or not_started; \
        the deadline and whether a committee is overdue","parameters":[{"$ref":"#/components/parameters/period"}],\
        "responses":{"200":{"description":"The board","content":{"application/json":{"schema":{"type":"object"}}}},\
        "403":{"description":"Not allowed"}}}},
        "/api/committees/{code}/forecast/review":{"get":{"summary":"The review of a committee's forecast: per \
        line and account budget, inForce (the approved forecast it replaces), submitted, change and comment; \
        every kept version (history) with its rows; the comment thread","parameters":[\
        {"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"}],\
        "responses":{"200":{"description":"The review","content":{"application/json":{"schema":{"type":"object"}}}},\
        "403":{"description":"Not allowed"}}}},
        "/api/committees/{code}/forecast/comments":{"post":{"summary":"A comment to the thread of the \
        committee's forecast of the period","parameters":[{"$ref":"#/components/parameters/code"},\
        {"$ref":"#/components/parameters/period"},{"$ref":"#/components/parameters/csrf"}],\
        "requestBody":{"required":true,"content":{"application/json":{"schema":{"type":"object",\
        "required":["text"],"properties":{"text":{"type":"string"}}}}}},\
        "responses":{"200":{"description":"Posted"},"403":{"description":"Not allowed"},\
        "409":{"description":"Empty or not allowed text"}}}},
        "/api/notices":{"get":{"summary":"The user's notifications, newest first",\
        "responses":{"200":{"description":"Notifications","content":{"application/json":{"schema":{"type":"array",\
        "items":{"type":"object","properties":{"kind":{"type":"string"},"text":{"type":"string"},\
        "url":{"type":"string"},"at":{"type":"string"},"seen":{"type":"boolean"}}}}}}}}}},
        "/api/budget/{year}/template":{"get":{"summary":"The year's original budget as an xlsx template (admin and \
        central controllers): sheet Budget, per row line, account, annual amount (E) and monthly weights p1…p12 \
        (F–Q, empty: even), 20 empty rows for new lines","parameters":[{"name":"year","in":"path","required":true,\
        "schema":{"type":"integer"}}],"responses":{"200":{"description":"The workbook","content":{\
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":{"schema":{"type":"string",\
        "format":"binary"}}}},"403":{"description":"Not allowed"}}},\
        "post":{"summary":"Read a filled budget template (the request body): the preview of every changed and new \
        row, or every wrong cell (Budget!E7: …); with save=true and no problems it replaces the year's original \
        budget (budget changes and proposals stay), only if it still has the digest basis when basis is given",\
        "parameters":[{"name":"year","in":"path","required":true,"schema":{"type":"integer"}},\
        {"name":"save","in":"query","required":false,"schema":{"type":"boolean"}},\
        {"name":"basis","in":"query","required":false,"schema":{"type":"string"},"description":"the preview's \
        basis: refuse the save (409) if the budget changed since"},{"$ref":"#/components/parameters/csrf"}],\
        "requestBody":{"required":true,"content":{\
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":{"schema":{"type":"string",\
        "format":"binary"}}}},"responses":{"200":{"description":"The preview; saved tells whether the budget \
        changed","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BudgetPreview"}}}},\
        "403":{"description":"Not allowed or CSRF"},"409":{"description":"The budget changed since the basis"},\
        "422":{"description":"Wrong cells (problems); nothing saved","content":{"application/json":{"schema":\
        {"$ref":"#/components/schemas/BudgetPreview"}}}}}}},
        "/api/plan/{year}/{version}":{"get":{"summary":"A plan version (issue 18, admin and central controllers) \
        from its first year for three years, every step: skatteintäkter (base, factors, rate, settlements), the \
        grant components, each committee's frame from last year's with its steps, regiongemensamt, the result \
        against the financial goal; with assume the what-if",\
        "parameters":[{"name":"year","in":"path","required":true,"schema":{"type":"integer"},\
        "description":"The plan's first year (budget year)"},{"name":"version","in":"path","required":true,\
        "schema":{"type":"string"}},{"name":"assume","in":"query","required":false,"schema":{"type":"array",\
        "items":{"type":"string","pattern":"^(uppräkning|skattesats|löneindex|prisindex):[0-9]{4}=-?[0-9.,]+$"}},\
        "style":"form","explode":true,"description":"A changed assumption, e.g. skattesats:2026=11.50 \
        (repeatable); nothing is stored"}],"responses":{"200":{"description":"The plan","content":\
        {"application/json":{"schema":{"$ref":"#/components/schemas/Plan"}}}},\
        "400":{"description":"An assume that is not ITEM:YEAR=VALUE"},"403":{"description":"Not allowed"},\
        "404":{"description":"No such version"},"422":{"description":"A figure the plan needs is missing",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/plan/{year}/compare":{"get":{"summary":"Two plan versions line by line (admin and central \
        controllers): each computed from its own first year, over the years from year both have; per committee \
        and for skatteintäkter, grants, regiongemensamt, frames, result and target: a, b and difference (b − a)",\
        "parameters":[{"name":"year","in":"path","required":true,"schema":{"type":"integer"}},\
        {"name":"a","in":"query","required":true,"schema":{"type":"string"}},\
        {"name":"b","in":"query","required":true,"schema":{"type":"string"}}],"responses":{"200":\
        {"description":"The comparison","content":{"application/json":{"schema":{"type":"object",\
        "properties":{"a":{"type":"string"},"b":{"type":"string"},"years":{"type":"array","items":\
        {"type":"integer"}},"frames":{"type":"array","items":{"type":"object","properties":{"node":\
        {"type":"string"},"name":{"type":"string"},"years":{"type":"array","items":\
        {"$ref":"#/components/schemas/PlanFigure"}}}}},"result":{"type":"array","items":\
        {"$ref":"#/components/schemas/PlanFigure"}}}}}}},"400":{"description":"a or b missing"},\
        "403":{"description":"Not allowed"},"404":{"description":"No such version"},\
        "422":{"description":"A figure is missing or no year in common"}}}},
        "/api/users":{"get":{"summary":"The organisation's users (administrators)",\
        "responses":{"200":{"description":"Users","content":{"application/json":{"schema":{"type":"array",\
        "items":{"$ref":"#/components/schemas/User"}}}}},"401":{"description":"Not logged in"},\
        "403":{"description":"Not an administrator"}}},\
        "post":{"summary":"Add a user (administrators): name, role, node (a committee controller's), e-mail and \
        initial password (at least 8 characters)","parameters":[{"$ref":"#/components/parameters/csrf"}],\
        "requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/UserInput"}}}},\
        "responses":{"201":{"description":"Added",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/User"}}}},\
        "403":{"description":"Not an administrator or CSRF"},"409":{"description":"The name is taken",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}},\
        "422":{"description":"A field is wrong",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/users/{name}":{"post":{"summary":"Change a user (administrators): any of role, node, email, active \
        (false deactivates: no login, the sessions end), password (a new one; the sessions end)",\
        "parameters":[{"name":"name","in":"path","required":true,"schema":{"type":"string"}},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/UserInput"}}}},\
        "responses":{"200":{"description":"Changed",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/User"}}}},\
        "403":{"description":"Not an administrator or CSRF"},"404":{"description":"No such user"},\
        "422":{"description":"A field is wrong",\
        "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/published":{"get":{"summary":"The published (fastställda) reports: kind, period, org, title, when, \
        and links to HTML, PDF and xlsx","responses":{"200":{"description":"Published reports",\
        "content":{"application/json":{"schema":{"type":"array","items":{"type":"object"}}}}}}}},
        "/api/reports/{kind}/publish":{"get":{"summary":"Before and after fastställa (central controllers): the \
        title, when it was frozen (null if not), whether the data changed since, what today's data would change, \
        the figures the period's texts quote that the report no longer gives, the places without a text",\
        "parameters":[{"name":"kind","in":"path","required":true,"schema":{"type":"string"}},\
        {"$ref":"#/components/parameters/period"},{"name":"org","in":"query","required":false,\
        "schema":{"type":"string"}}],"responses":{"200":{"description":"The publishing state",\
        "content":{"application/json":{"schema":{"type":"object"}}}},"403":{"description":"Not allowed"},\
        "404":{"description":"No such report"}}},\
        "post":{"summary":"Fastställa (freeze and publish) the report of the period (central controllers)",\
        "parameters":[{"name":"kind","in":"path","required":true,"schema":{"type":"string"}},\
        {"$ref":"#/components/parameters/period"},{"name":"org","in":"query","required":false,\
        "schema":{"type":"string"}},{"$ref":"#/components/parameters/csrf"}],\
        "responses":{"200":{"description":"Published: the title and the places without a text",\
        "content":{"application/json":{"schema":{"type":"object"}}}},"403":{"description":"Not allowed"},\
        "422":{"description":"Frozen already","content":{"application/json":{"schema":\
        {"$ref":"#/components/schemas/Error"}}}}}}},
        "/api/committees/{code}/forecast/template":{"get":{"summary":"The committee's forecast as an xlsx \
        template: only the forecast (E) and comment (I) columns can be changed",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"}],\
        "responses":{"200":{"description":"The workbook","content":{"application/vnd.openxmlformats-\
        officedocument.spreadsheetml.sheet":{}}},"403":{"description":"Not your committee"}}},\
        "post":{"summary":"An uploaded template (the xlsx as the body): every change and every wrong cell \
        (Prognos!E14: …); with save=VERSION (the forecast's version) saved as a draft when no cell is wrong",\
        "parameters":[{"$ref":"#/components/parameters/code"},{"$ref":"#/components/parameters/period"},\
        {"name":"save","in":"query","required":false,"schema":{"type":"integer"}},\
        {"$ref":"#/components/parameters/csrf"}],"requestBody":{"required":true,"content":\
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":{}}},\
        "responses":{"200":{"description":"The preview (and savedVersion when saved)",\
        "content":{"application/json":{"schema":{"type":"object"}}}},"403":{"description":"Not your committee"},\
        "409":{"description":"Stale version or not editable"},"422":{"description":"Wrong cells (problems)",\
        "content":{"application/json":{"schema":{"type":"object"}}}}}}}}}
        """
}
