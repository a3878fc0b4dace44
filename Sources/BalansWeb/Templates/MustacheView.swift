import Mustache
import Synchronization

/// A view model the templates read by name, answered without building a `Mirror` for a name the type does not
/// have. swift-mustache looks a name up level by level up the context stack and, at each level, reflects the whole
/// value (`Mirror`, every child boxed) — a miss cost as much as a hit, and most lookups inside a table's rows are
/// misses on the row (half of a cached page's CPU, issue 19). The names a type has are its stored properties,
/// read once per type; a hit is then found as before, the child's `Optional` unwrapped as swift-mustache does.
protocol MustacheView: MustacheParent {}

extension MustacheView {
    func child(named name: String) -> Any? {
        guard MustacheLabels.shared.has(name, in: self) else { return nil }
        for child in Mirror(reflecting: self).children where child.label == name {
            return MustacheLabels.unwrapped(child.value)
        }
        return nil
    }
}

/// The stored properties' names of each view type, learnt from its first value.
final class MustacheLabels: Sendable {
    static let shared = MustacheLabels()
    private let labels = Mutex<[ObjectIdentifier: Set<String>]>([:])

    func has<T>(_ name: String, in value: T) -> Bool {
        let type = ObjectIdentifier(T.self)
        if let known = labels.withLock({ $0[type] }) { return known.contains(name) }
        let found = Set(Mirror(reflecting: value).children.compactMap(\.label))
        labels.withLock { $0[type] = found }
        return found.contains(name)
    }

    /// What swift-mustache does with an optional child: its value, or nil.
    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
