import BalansCore
import Foundation

/// A setting an organisation chooses for itself (`balans organisation set KEY VALUE`).
public enum OrganisationSetting: String, CaseIterable, Sendable {
    /// Fyra ögon: a forecast or change is approved by someone other than the one who submitted
    /// it (issue 13). On unless turned off, e.g. by a municipality with one controller.
    case fourEyes = "four-eyes"
    /// Större budgetavvikelser: the smallest forecast deviation, in kronor, for which a budget
    /// line is listed on its own (`OrganisationPolicy.largerDeviationThreshold`).
    case largerDeviationThreshold = "larger-deviation-threshold"
    /// Bemanningskostnader: the most hired staff may cost as a percentage of the own staff's
    /// costs when the staff data set no target for the year (`OrganisationPolicy.hiredStaffTarget`).
    case hiredStaffTarget = "hired-staff-target"
    /// Finansiellt mål: the result as a percentage of tax revenue, grants and equalisation
    /// (`OrganisationPolicy.resultToTaxRevenueTarget`).
    case resultToTaxRevenueTarget = "financial-goal-result"
    /// Finansiellt mål: the self-financing of investments, percent
    /// (`OrganisationPolicy.selfFinancingTarget`).
    case selfFinancingTarget = "financial-goal-self-financing"
    /// Finansiellt mål: soliditet including pension obligations is to be above this percentage
    /// (`OrganisationPolicy.equityRatioInclPensionsTarget`).
    case equityRatioInclPensionsTarget = "financial-goal-equity-incl-pensions"
    /// The organisation's own id in Kolada ("0013" is Region Halland): the reports compare its
    /// figures with riket's and the other regions'. Not set ("") until chosen or fetched.
    case koladaMunicipality = "kolada-municipality"

    /// The value when the organisation has not chosen one.
    public var defaultValue: String {
        switch self {
        case .fourEyes: return "on"
        case .largerDeviationThreshold: return "20000000"
        case .hiredStaffTarget: return "2"
        case .resultToTaxRevenueTarget: return "2"
        case .selfFinancingTarget: return "100"
        case .equityRatioInclPensionsTarget: return "0"
        case .koladaMunicipality: return ""
        }
    }

    /// Why `value` is not one the setting takes, or nil when it is.
    public func problem(with value: String) -> String? {
        switch self {
        case .fourEyes: return ["on", "off"].contains(value) ? nil : "\"\(value)\" is not one of on, off"
        case .largerDeviationThreshold:
            guard let m = Money.parse(value), m >= .zero else {
                return "\"\(value)\" is not a non-negative amount in kronor"
            }
            return nil
        case .hiredStaffTarget:
            guard let d = OrganisationPolicy.percent(value), d >= 0 else {
                return "\"\(value)\" is not a non-negative percentage such as 2 or 2.5"
            }
            return nil
        case .koladaMunicipality:
            let id = value.utf8.count == 4 && value.utf8.allSatisfy { (0x30...0x39).contains($0) }
            return id ? nil : "\"\(value)\" is not a Kolada id of four digits such as 0013"
        case .resultToTaxRevenueTarget, .selfFinancingTarget, .equityRatioInclPensionsTarget:
            return OrganisationPolicy.percent(value) == nil ? "\"\(value)\" is not a percentage such as 2 or 2.5" : nil
        }
    }
}

extension Store {
    /// The organisation's value of `setting`, or its default.
    public func setting(_ setting: OrganisationSetting) async throws -> String {
        try await db.read { db in try self.setting(db, setting) }
    }

    func setting(_ db: any SQLConnection, _ setting: OrganisationSetting) throws -> String {
        try scoped(db).value(String.self, "value", from: "organisation_setting", where: "key = ?", [setting.rawValue])
            ?? setting.defaultValue
    }

    /// Sets `setting`; a value it does not take is refused. The change is in the audit trail.
    public func setSetting(_ setting: OrganisationSetting, to value: String, user: String) async throws {
        if let problem = setting.problem(with: value) {
            throw InputFailure([InputIssue(file: setting.rawValue, line: nil, message: problem)])
        }
        try await db.write { db in
            let old = try self.setting(db, setting)
            try scoped(db).insert(
                into: "organisation_setting", ["key", "value"], [setting.rawValue, value],
                then: "ON CONFLICT (organisation, key) DO UPDATE SET value = excluded.value")
            if old != value {
                try audit(db, user: user, action: "setting", entity: setting.rawValue, old: old, new: value)
            }
        }
    }

    /// The policy values of the organisation, read inside the snapshot `followUpData` reads.
    func policy(_ db: any SQLConnection) throws -> OrganisationPolicy {
        let standard = OrganisationPolicy()
        // Validated when set; a value that no longer parses falls back to the default.
        func percent(_ key: OrganisationSetting, _ fallback: Decimal) throws -> Decimal {
            OrganisationPolicy.percent(try setting(db, key)) ?? fallback
        }
        return OrganisationPolicy(
            largerDeviationThreshold: Money.parse(try setting(db, .largerDeviationThreshold))
                ?? standard.largerDeviationThreshold,
            hiredStaffTarget: try percent(.hiredStaffTarget, standard.hiredStaffTarget),
            resultToTaxRevenueTarget: try percent(.resultToTaxRevenueTarget, standard.resultToTaxRevenueTarget),
            selfFinancingTarget: try percent(.selfFinancingTarget, standard.selfFinancingTarget),
            equityRatioInclPensionsTarget: try percent(
                .equityRatioInclPensionsTarget, standard.equityRatioInclPensionsTarget))
    }

    /// Four eyes: refuses approval by the user who submitted (`submittedBy`) while the
    /// organisation's `four-eyes` setting is on.
    func requireFourEyes(_ db: any SQLConnection, submittedBy: String, approver: String) throws {
        guard submittedBy == approver, try setting(db, .fourEyes) == "on" else { return }
        throw WorkflowError(
            description: "Den som lämnade in kan inte själv godkänna (fyra ögon): en annan controller godkänner.")
    }
}
