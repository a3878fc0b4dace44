import BalansCore
import Crypto
import Foundation

/// SHA-256 of a file's bytes, as lower-case hex: how Balans recognises a file it has imported
/// before (the same file twice changes nothing). swift-crypto's BoringSSL uses the CPU's SHA
/// instructions, so hashing a ledger of several hundred megabytes takes well under a second.
public enum ContentHash {
    /// SHA-256 of `data`, as 64 lower-case hex digits.
    public static func hex(_ data: [UInt8]) -> String {
        hexString(Crypto.SHA256.hash(data: data))
    }

    /// Hashes the file at `path` in chunks, never holding it whole.
    public static func hex(fileAt path: String, chunkSize: Int = 4 << 20) throws(InputFailure) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputFailure([InputIssue(file: path, line: nil, message: "cannot read the file")])
        }
        defer { try? handle.close() }
        var hasher = Crypto.SHA256()
        do {
            while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        } catch {
            throw InputFailure([
                InputIssue(file: path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
            ])
        }
        return hexString(hasher.finalize())
    }

    private static func hexString(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
