import BalansCore
import Foundation
import PostgresNIO

/// A PostgreSQL error with the statement it came from.
public struct PostgresFailure: Error, CustomStringConvertible {
    /// The server's message and SQLSTATE, then the first 200 characters of the statement.
    public var description: String
    /// The SQLSTATE code, if the server sent one.
    public var sqlState: String?

    init(_ error: any Error, sql: String) {
        if let e = error as? PSQLError {
            let message = e.serverInfo?[.message] ?? "\(e.code)" + (e.underlying.map { ": \($0)" } ?? "")
            sqlState = e.serverInfo?[.sqlState]
            description = "PostgreSQL: \(message)\(sqlState.map { " (\($0))" } ?? "") in: \(sql.prefix(200))"
        } else {
            description = "PostgreSQL: \(error) in: \(sql.prefix(200))"
        }
    }
}

/// One PostgreSQL connection inside a transaction.
final class PostgresSQLConnection: SQLConnection {
    let connection: PostgresConnection
    let logger: Logger
    private(set) var changesCount = 0

    init(_ connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var b = PostgresBindings(capacity: values.count)
        for v in values {
            switch v {
            case .null: b.appendNull()
            case .integer(let i): b.append(i)
            case .text(let t): b.append(t)
            case .blob(let bytes): b.append(ByteBuffer(bytes: bytes))
            }
        }
        return b
    }

    func run(_ sql: String, _ bindings: PostgresBindings) throws -> PostgresQueryResult {
        let text = bindings.count == 0 ? sql : SQLText.numberedPlaceholders(sql)
        do {
            return try connection.query(PostgresQuery(unsafeSQL: text, binds: bindings), logger: logger).wait()
        } catch {
            throw PostgresFailure(error, sql: sql)
        }
    }

    @discardableResult
    func execute(_ sql: String, values: [SQLValue]) throws -> Int {
        let result = try run(sql, Self.bindings(values))
        changesCount = result.metadata.rows ?? 0
        return changesCount
    }

    func query(_ sql: String, values: [SQLValue]) throws -> [SQLRow] {
        let result = try run(sql, Self.bindings(values))
        guard let first = result.rows.first else { return [] }
        let columns = SQLColumns(first.map(\.columnName))
        return try result.rows.map { row in SQLRow(columns: columns, values: try row.map(Self.value)) }
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
        case .numeric:
            // sum() of bigint: whole numbers in the store's columns.
            // Beyond Int64 it is an error, as SQLite's integer sum() raises one: truncating
            // would hand a wrong total to the reports (issue 13).
            let d = try cell.decode(Decimal.self)
            guard d >= Decimal(Int64.min), d <= Decimal(Int64.max), d == d.roundedHalfAwayFromZero(scale: 0) else {
                throw SQLOverflow(value: d.description)
            }
            return .integer(Int64(truncating: NSDecimalNumber(decimal: d)))
        default: return .text(try cell.decode(String.self))
        }
    }

    func makeLedgerSink(organisation: OrganisationCode) throws -> any LedgerSink {
        PostgresLedgerSink(self, organisation: organisation)
    }
}

/// A sum beyond 64-bit integers in a query's result (SQLite says "integer overflow").
struct SQLOverflow: Error, CustomStringConvertible {
    var value: String
    var description: String { "integer overflow: a sum of \(value) öre is beyond 64 bits" }
}
