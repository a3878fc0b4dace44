import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// The texts under the organisation's headings (`topic_text`): read back in the file's order, a
/// file replacing the (period, node, chapter) it names and nothing else, organisations apart.
@Suite struct TopicStoreTests {
    static let org = "code;parent;name;kind\nRH;;Region Halland;region\n"

    static func topics(_ text: String) throws -> [Located<TopicText>] {
        try CSVKinds.topics(Array(("period;node;chapter;heading;topic;text;indicators\n" + text).utf8), file: "t.csv")
    }

    @Test(arguments: TestBackend.all) func orderReplacementAndOrganisations(_ b: TestBackend) async throws {
        let store = try await b.store(organisation: "a")
        let other = try await Store(backend: store.db.backend, organisation: "b", create: true, location: "test")
        for s in [store, other] {
            _ = try await s.importOrg(CSVKinds.org(Array(Self.org.utf8), file: "org.csv"), file: "org.csv", hash: "")
        }
        // Written in an order that is not the alphabet's: the store keeps the file's.
        let first = try Self.topics(
            """
            2024-04;RH;goals;;;Inledning.;
            2024-04;RH;goals;Ö-område;Mål B;Text B.;RH-X RH-Y
            2024-04;RH;goals;Ö-område;Mål A;Text A.;
            2024-04;RH;goals;A-område;Mål C;;
            2024-04;RH;operations;Hälso- och sjukvård;Tillgänglighet;T.;RH-X
            """)
        _ = try await store.importTopics(first, file: "t.csv", hash: "")
        _ = try await other.importTopics(try Self.topics("2024-04;RH;goals;Annat;Mål;x;\n"), file: "t.csv", hash: "")
        let data = try await store.followUpData()
        let april = try #require(Period(year: 2024, month: 4))
        let goals = data.topicTexts(.goals, node: "RH", period: april)
        #expect(goals.map(\.topic) == ["", "Mål B", "Mål A", "Mål C"])
        #expect(goals[1].indicators == ["RH-X", "RH-Y"] && goals[3].text.isEmpty)
        #expect(data.topicTexts(.operations, node: "RH", period: april).map(\.topic) == ["Tillgänglighet"])

        // A new file of the goals replaces the goals of that period and node; the operations stay.
        _ = try await store.importTopics(try Self.topics("2024-04;RH;goals;A;M;Ny.;\n"), file: "t.csv", hash: "")
        let after = try await store.followUpData()
        #expect(after.topicTexts(.goals, node: "RH", period: april).map(\.text) == ["Ny."])
        #expect(after.topicTexts(.operations, node: "RH", period: april).count == 1)
        #expect(try await other.followUpData().topics.map(\.heading) == ["Annat"])

        // A node the tree does not have is refused with its line, and nothing is written.
        await #expect(throws: InputFailure.self) {
            _ = try await store.importTopics(try Self.topics("2024-04;XX;goals;A;M;x;\n"), file: "t.csv", hash: "")
        }
        #expect(try await store.followUpData().topics.count == 2)
    }
}
