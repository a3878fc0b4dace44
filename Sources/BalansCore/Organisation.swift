/// What a node of the organisation tree is.
public enum NodeKind: String, Sendable, CaseIterable {
    /// The region or municipality itself (regionen/kommunen): the root.
    case region
    /// A committee or board (nämnd, styrelse), or a reporting area of one.
    case committee
    /// An administration or group of budget lines (förvaltning, uppdragsområde).
    case area
    /// A budget line (uppdrag/verksamhet), e.g. "Läkemedel".
    case line
}

/// One node of the organisation tree (organisationsträd).
public struct OrgNode: Hashable, Sendable {
    /// The node's code, unique in the organisation, e.g. "HS", "RS-HSF-LAK".
    public var code: NodeCode
    /// The parent node's code; nil for the root (the region).
    public var parent: NodeCode?
    /// The Swedish name as printed in reports.
    public var name: String
    /// What the node is: region, committee, area or budget line.
    public var kind: NodeKind
    /// Responsibility codes (ansvar, SIE dimension 1) whose ledger rows belong to this node.
    public var ansvar: [String]
    /// First fiscal year the node exists in (nil: open).
    public var fromYear: Int?
    /// Last fiscal year the node exists in (nil: open).
    public var toYear: Int?

    /// A node; `fromYear` and `toYear` nil for a node of every year.
    public init(
        code: NodeCode, parent: NodeCode?, name: String, kind: NodeKind, ansvar: [String] = [], fromYear: Int? = nil,
        toYear: Int? = nil
    ) {
        self.code = code
        self.parent = parent
        self.name = name
        self.kind = kind
        self.ansvar = ansvar
        self.fromYear = fromYear
        self.toYear = toYear
    }

    /// Whether the node exists in fiscal year `year`.
    public func exists(in year: Int) -> Bool {
        (fromYear.map { $0 <= year } ?? true) && (toYear.map { year <= $0 } ?? true)
    }
}

/// The organisation tree of one fiscal year: region → committees → areas → budget lines.
/// Ledger rows reach it through their ansvar code (SPEC §3).
public struct OrgTree: Sendable {
    /// Nodes in file order (the order of rows in reports).
    public let nodes: [OrgNode]
    /// The root: the region or municipality, the one node of the year without a parent.
    public let root: OrgNode
    private let byCode: [NodeCode: Int]
    private let childIndex: [NodeCode: [Int]]
    private let ansvarIndex: [String: NodeCode]

    /// Builds the tree of `year` from all nodes; nil when the year has no single root.
    public init?(nodes all: [OrgNode], year: Int) {
        let nodes = all.filter { $0.exists(in: year) }
        let roots = nodes.filter { $0.parent == nil }
        guard roots.count == 1, let root = roots.first else { return nil }
        self.nodes = nodes
        self.root = root
        var byCode: [NodeCode: Int] = [:]
        var childIndex: [NodeCode: [Int]] = [:]
        var ansvarIndex: [String: NodeCode] = [:]
        for (i, n) in nodes.enumerated() {
            byCode[n.code] = i
            if let p = n.parent { childIndex[p, default: []].append(i) }
            for a in n.ansvar { ansvarIndex[a] = n.code }
        }
        self.byCode = byCode
        self.childIndex = childIndex
        self.ansvarIndex = ansvarIndex
    }

    /// The node `code` of this year's tree, or nil.
    public func node(_ code: NodeCode) -> OrgNode? { byCode[code].map { nodes[$0] } }
    /// The nodes directly below `code`, in file order.
    public func children(of code: NodeCode) -> [OrgNode] { (childIndex[code] ?? []).map { nodes[$0] } }
    /// The node an ansvar code belongs to, if any.
    public func nodeCode(forAnsvar ansvar: String) -> NodeCode? { ansvarIndex[ansvar] }

    /// `code` and every node below it.
    public func subtree(_ code: NodeCode) -> [OrgNode] {
        guard let n = node(code) else { return [] }
        return [n] + children(of: code).flatMap { subtree($0.code) }
    }

    /// The node whose forecast `code`'s forecast is part of: the nearest committee at or
    /// above it (a committee's forecast for a period is one unit of the workflow, its lines
    /// belong to it — issue 13), or the node itself in a tree without a committee above it.
    /// Nil for a code not in the tree.
    public func forecastUnit(of code: NodeCode) -> NodeCode? {
        guard var n = node(code) else { return nil }
        while n.kind != .committee {
            guard let parent = n.parent.flatMap(node) else { return code }
            n = parent
        }
        return n.code
    }

    /// The committees (kind `committee`) directly or indirectly under the root, in order,
    /// not looking inside a committee.
    public var committees: [OrgNode] {
        func walk(_ c: NodeCode) -> [OrgNode] {
            children(of: c).flatMap { $0.kind == .committee ? [$0] : walk($0.code) }
        }
        return walk(root.code)
    }
}
