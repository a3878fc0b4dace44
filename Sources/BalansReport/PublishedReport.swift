import Foundation

extension Report {
    /// The report as it is published (fastställd, issue 15): without the boxes that mark a text
    /// nobody has written yet ("Text saknas" — they belong to the preview), a section left with
    /// nothing dropped with them; and where each box was, "Chapter › Section: what is missing",
    /// for whoever freezes it to see.
    public func published() -> (report: Report, missing: [String]) {
        var missing: [String] = []
        func kept(_ blocks: [Block], at place: String) -> [Block] {
            blocks.compactMap { block in
                switch block {
                case .paragraph(let text, missing: true):
                    missing.append("\(place): \(text)")
                    return nil
                case .section(var section):
                    section.blocks = kept(section.blocks, at: "\(place) › \(section.title)")
                    return section.blocks.isEmpty ? nil : .section(section)
                default: return block
                }
            }
        }
        var out = self
        out.chapters = chapters.compactMap { chapter in
            var c = chapter
            c.blocks = kept(chapter.blocks, at: chapter.title)
            return c.blocks.isEmpty ? nil : c
        }
        return (out, missing)
    }
}
