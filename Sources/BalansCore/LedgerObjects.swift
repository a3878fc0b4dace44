extension LedgerImport {
    /// An object a ledger row is booked on: a dimension (`#DIM`; 1 is ansvar, 6 projekt, the
    /// others as the file names them) and the object's code in it (`#OBJEKT`).
    public struct ObjectRef: Sendable, Hashable, Comparable {
        /// The dimension's number, e.g. 1 for ansvar.
        public var dimension: Int
        /// The object's code, exactly as the file wrote it.
        public var code: String

        /// Creates a reference to object `code` of `dimension`.
        public init(dimension: Int, code: String) {
            self.dimension = dimension
            self.code = code
        }

        /// By dimension, then code (byte order, as the store compares text).
        public static func < (a: ObjectRef, b: ObjectRef) -> Bool {
            a.dimension != b.dimension ? a.dimension < b.dimension : a.code.utf8.lexicographicallyPrecedes(b.code.utf8)
        }
    }

    /// The objects of a ledger row as a set: ordered by dimension and code, without repeats, and
    /// written as one canonical text, SIE's object list `{1 "100" 6 "P1"}` (every code quoted,
    /// `"` and `\` escaped with a backslash).
    ///
    /// Rows refer to a list by its number in the import (``Row/objectList``); the import's
    /// vouchers carry each list once (``Voucher/objectLists``).
    public final class ObjectList: Sendable, Hashable, CustomStringConvertible {
        /// Ordered by dimension and code, no repeats, never empty.
        public let objects: [ObjectRef]
        /// The canonical text, the store's key of the list.
        public let text: String

        /// The list of `objects` in any order; nil if it is empty (a row without objects).
        public init?(_ objects: [ObjectRef]) {
            guard !objects.isEmpty else { return nil }
            var sorted = objects.sorted()
            sorted.removeDuplicates()
            self.objects = sorted
            text = Self.text(sorted)
        }

        /// Reads a canonical text (as ``text`` writes it); nil if it is not one.
        public convenience init?(canonical: String) {
            guard let objects = Self.parse(canonical) else { return nil }
            self.init(objects)
        }

        /// The code of the object in `dimension` (the first, should the row name two).
        public func code(in dimension: Int) -> String? { objects.first { $0.dimension == dimension }?.code }

        /// The canonical text.
        public var description: String { text }

        /// The same objects.
        public static func == (a: ObjectList, b: ObjectList) -> Bool { a === b || a.objects == b.objects }
        /// By the objects, as ``==`` compares.
        public func hash(into hasher: inout Hasher) { hasher.combine(objects) }

        static func text(_ objects: [ObjectRef]) -> String {
            var out = "{"
            for (i, object) in objects.enumerated() {
                if i > 0 { out += " " }
                out += String(object.dimension) + " \""
                for c in object.code.unicodeScalars {
                    if c == "\"" || c == "\\" { out += "\\" }
                    out.unicodeScalars.append(c)
                }
                out += "\""
            }
            return out + "}"
        }

        static func parse(_ text: String) -> [ObjectRef]? {
            var s = Substring(text).unicodeScalars
            guard s.first == "{", s.last == "}" else { return nil }
            s = s.dropFirst().dropLast()
            var objects: [ObjectRef] = []
            while !s.isEmpty {
                if s.first == " " { s = s.dropFirst() }
                let digits = s.prefix { $0.properties.numericType == .decimal && $0.isASCII }
                guard let dimension = Int(String(digits)) else { return nil }
                s = s.dropFirst(digits.count)
                guard s.starts(with: [" ", "\""]) else { return nil }
                s = s.dropFirst(2)
                var code = String.UnicodeScalarView()
                while let c = s.first, c != "\"" {
                    s = s.dropFirst()
                    if c == "\\" {
                        guard let escaped = s.first else { return nil }
                        code.append(escaped)
                        s = s.dropFirst()
                    } else {
                        code.append(c)
                    }
                }
                guard s.first == "\"" else { return nil }
                s = s.dropFirst()
                objects.append(ObjectRef(dimension: dimension, code: String(code)))
            }
            return objects
        }
    }
}

extension Array where Element: Equatable {
    /// Removes the repeats of a sorted array.
    fileprivate mutating func removeDuplicates() {
        var kept = 0
        for i in indices where kept == 0 || self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
