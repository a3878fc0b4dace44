import ArgumentParser
import BalansCore
import BalansImport
import BalansStore
import Foundation

/// `balans kolada`: figures from Kolada, the municipalities' and regions' shared database of
/// key figures (RKA).
struct KoladaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kolada", abstract: "Figures from Kolada (api.kolada.se).", subcommands: [KoladaFetchCommand.self])
}

/// `balans kolada fetch`: the region's, riket's and every other region's yearly figures of the
/// KPIs, all three genders, each with its source; written in one transaction once all pages are
/// read (offline: a message, exit 69, nothing written).
struct KoladaFetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch yearly KPI figures: the region's own, riket's and every other region's.",
        discussion:
            "The region is the first --municipality other than 0000 (it becomes the setting kolada-municipality "
            + "when that is not set), else the setting. Fetching the same figures again changes nothing. "
            + "Exit 69 when Kolada cannot be reached; nothing is written then.")
    @Option(help: "KPI ids, comma-separated, e.g. N79010,N00002.") var kpi: String
    @Option(help: "Years, comma-separated, e.g. 2022,2023.") var year: String
    @Option(help: "Kolada ids to fetch besides riket and the regions, the region's own first, e.g. 0013.")
    var municipality: String?
    @Option(help: "The API's address (a mirror or a test server).") var baseURL: String = KoladaFetch.defaultBaseURL
    @Option(help: "Entries per page (per_page), 1 to 5000.") var perPage: Int = 5000
    @OptionGroup var database: DatabaseOption

    /// The comma-separated words of `text`, without blanks.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        let kpis = Self.list(kpi)
        guard !kpis.isEmpty, kpis.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            throw ValidationError("--kpi: give Kolada KPI ids such as N79010, comma-separated")
        }
        guard !Self.list(year).isEmpty,
            Self.list(year).allSatisfy({ Int($0).map { (1900...9999).contains($0) } == true })
        else { throw ValidationError("--year: give years such as 2023, comma-separated") }
        guard (1...5000).contains(perPage) else { throw ValidationError("--per-page: give 1 to 5000") }
        if let municipality, Self.list(municipality).contains(where: { $0.count != 4 || Int($0) == nil }) {
            throw ValidationError("--municipality: give Kolada ids of four digits such as 0013, comma-separated")
        }
    }

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            let given = municipality.map(Self.list) ?? []
            let setting = try await store.setting(.koladaMunicipality)
            guard let own = given.first(where: { $0 != KoladaValue.national }) ?? (setting.isEmpty ? nil : setting)
            else {
                throw ValidationError(
                    "give --municipality with the region's Kolada id (e.g. 0013), or set it: "
                        + "balans organisation set kolada-municipality ID")
            }
            let values: [KoladaValue]
            do {
                values = try await KoladaFetch(baseURL: baseURL, perPage: perPage).figures(
                    kpis: Self.list(kpi), years: Self.list(year).compactMap { Int($0) }, own: own,
                    municipalities: given)
            } catch let failure as KoladaFetch.Unavailable {
                Balans.note("balans kolada fetch: \(failure.description); nothing was written")
                throw ExitCode(69)
            }
            let summary = try await store.importKolada(values, file: baseURL, hash: "", own: own)
            Balans.note(summary.message)
        }
    }
}
