import BalansCore
import Testing

@testable import BalansReport

/// The check every page and download passes before it is sent: the marker of an overflowed sum found as bytes,
/// wherever it stands, and a near miss not taken for it — the same answers as `String.contains`.
@Suite struct OverflowMarkerTests {
    @Test func findsTheMarkerAsStringContainsDoes() {
        let marker = SwedishNumberFormat.kronor(Money.overflow.ore)
        let nearMiss = String(marker.dropLast())
        let filler = String(repeating: "<td>12 345 # ö</td>", count: 5_000)
        let texts = [
            "", marker, nearMiss, "#", marker + filler, filler + marker, filler + nearMiss + marker + filler,
            filler + nearMiss, nearMiss + "X" + filler, String(marker.prefix(8)) + String(marker.dropFirst(8)),
        ]
        for text in texts {
            #expect(SwedishNumberFormat.containsOverflowMarker(text) == text.contains(marker), "\(text.prefix(40))")
        }
        #expect(SwedishNumberFormat.containsOverflowMarker(filler + marker))
        #expect(!SwedishNumberFormat.containsOverflowMarker(filler + nearMiss))
    }
}
