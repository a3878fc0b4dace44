import Foundation

/// The byte-level fast path for `#TRANS` rows and `#VER` heads: most of a large ledger's lines,
/// read straight from the bytes without splitting them into fields (the general path is the fallback).
extension SIEParser {
    @inline(__always)
    static func isTRANS(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i + 1] == UInt8(ascii: "T") && b[i + 2] == UInt8(ascii: "R") && b[i + 3] == UInt8(ascii: "A")
            && b[i + 4] == UInt8(ascii: "N") && b[i + 5] == UInt8(ascii: "S")
    }

    /// `#TRANS account {dim obj ...} amount [date] ["text"] [quantity]` read without building
    /// field strings. Returns false — having changed nothing — for anything it does not
    /// handle (escapes, a missing field, a bad amount or date); the general path then reads
    /// the line and words any error. The result is the same as the general path's.
    mutating func fastTransaction(_ from: Int, _ end: Int, _ line: Int) -> Bool {
        // The row after an #RTRANS is compared with it: the general path's.
        if open?.hasPendingAdded ?? true { return false }
        let b = bytes
        var i = from
        @inline(__always) func skipBlanks() { while i < end && SIEText.isBlank(b[i]) { i += 1 } }
        /// The end of an unquoted token starting at `start`.
        @inline(__always) func plainEnd(_ start: Int) -> Int {
            var j = start
            while j < end {
                let c = b[j]
                if SIEText.isBlank(c) || c == SIEText.openBrace || c == SIEText.closeBrace || c == SIEText.quote {
                    break
                }
                j += 1
            }
            return j
        }
        /// The closing quote of a quoted field without escapes or possible control characters, or nil.
        @inline(__always) func closingQuote(_ open: Int) -> Int? {
            var j = open + 1
            while j < end {
                let c = b[j]
                if c == SIEText.quote { return j }
                if c == SIEText.backslash || SIEText.mayBeControl(c, encoding) { return nil }
                j += 1
            }
            return nil
        }
        func text(_ s: Int, _ e: Int) -> String {
            SIEText.decode(UnsafeBufferPointer(rebasing: b[s..<e]), as: encoding)
        }

        skipBlanks()
        guard i < end, b[i] != SIEText.quote else { return false }
        let accountEnd = plainEnd(i)
        guard accountEnd > i else { return false }
        let account = accountText(b, i, accountEnd)
        i = accountEnd
        skipBlanks()
        guard i < end, b[i] == SIEText.openBrace else { return false }
        i += 1
        // The list's end: the first } outside quotes. A backslash (an escape) leaves the list to the loop below,
        // uncached; so does a list not closed on the line.
        var close = -1
        var j = i
        var quoted = false
        while j < end {
            let c = b[j]
            if c == SIEText.quote {
                quoted.toggle()
            } else if c == SIEText.backslash {
                break
            } else if !quoted && c == SIEText.closeBrace {
                close = j
                break
            }
            j += 1
        }
        let listKey = close >= 0 ? ObjectListCache.Key(b, i, close) : ObjectListCache.Key()
        var objects: [SIEObjectRef]
        var listNumber: Int32 = -1
        if close >= 0, let known = objectLists.lookup(b, i, close, key: listKey, encoding: encoding) {
            objects = known.list
            listNumber = known.entry
            i = close + 1
        } else {
            let listStart = i
            objects = []
            objects.reserveCapacity(2)  // most rows have one or two objects: one allocation
            while true {
                skipBlanks()
                guard i < end else { return false }
                if b[i] == SIEText.closeBrace {
                    i += 1
                    break
                }
                var dimension = 0
                let digitsStart = i
                while i < end, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9"), i - digitsStart < 9 {
                    dimension = dimension * 10 + Int(b[i] - UInt8(ascii: "0"))
                    i += 1
                }
                guard i > digitsStart, i < end, SIEText.isBlank(b[i]) else { return false }
                skipBlanks()
                guard i < end else { return false }
                let code: String
                if b[i] == SIEText.quote {
                    guard let close = closingQuote(i) else { return false }
                    code = text(i + 1, close)
                    i = close + 1
                } else {
                    let codeEnd = plainEnd(i)
                    guard codeEnd > i else { return false }
                    code = text(i, codeEnd)
                    i = codeEnd
                }
                objects.append(SIEObjectRef(dimension: dimension, code: code))
            }
            if close >= 0, i == close + 1 {
                listNumber = objectLists.insert(b, listStart, close, key: listKey, objects)
            }
        }
        skipBlanks()
        guard i < end else { return false }
        let amountEnd = plainEnd(i)
        guard amountEnd > i,
            case .success(let amount) = SIEAmount.parse(bytes: UnsafeBufferPointer(rebasing: b[i..<amountEnd]))
        else { return false }
        i = amountEnd
        skipBlanks()
        var date: SIEDate?
        var rowText: String?
        var quantity: String?
        if i < end {
            if b[i] == SIEText.quote {
                guard i + 1 < end, b[i + 1] == SIEText.quote else { return false }  // only "" (no date)
                i += 2
            } else {
                let dateEnd = plainEnd(i)
                guard dateEnd - i == 8, let value = SIEDate.digits(UnsafeBufferPointer(rebasing: b[i..<dateEnd])),
                    let parsed = SIEDate(year: value / 10000, month: value / 100 % 100, day: value % 100)
                else { return false }
                date = parsed
                i = dateEnd
            }
            skipBlanks()
            if i < end {
                guard b[i] == SIEText.quote, let close = closingQuote(i) else { return false }
                rowText = text(i + 1, close)
                i = close + 1
                skipBlanks()
                if i < end {
                    let quantityEnd = plainEnd(i)
                    guard quantityEnd > i else { return false }
                    quantity = text(i, quantityEnd)
                    i = quantityEnd
                    skipBlanks()
                    guard i == end else { return false }
                }
            }
        }
        // Made in the call (a row built in a variable first was copied into the voucher, though consumed).
        addTransaction(
            SIETransaction(
                account: account, objects: objects, amount: amount, date: date, text: rowText, quantity: quantity,
                line: line, listNumber: listNumber))
        return true
    }

    /// The account `b[from..<to]` as a string, from ``accountTexts`` when it was read before.
    @inline(__always)
    mutating func accountText(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        guard to - from <= 7 else { return SIEText.decode(UnsafeBufferPointer(rebasing: b[from..<to]), as: encoding) }
        var key = UInt64(to - from) << 56
        var ascii = true
        for j in from..<to {
            key |= UInt64(b[j]) << UInt64((j - from) * 8)
            if b[j] >= 0x80 { ascii = false }
        }
        // Bytes below 0x80 read the same in every encoding the reader knows: a kept string never goes stale.
        guard ascii else { return SIEText.decode(UnsafeBufferPointer(rebasing: b[from..<to]), as: encoding) }
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
        if accountTexts[slot].key == key { return accountTexts[slot].text }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
        accountTexts[slot] = (key, text)
        return text
    }

    /// `#VER series number date ["text"]` read without building field strings; false (having
    /// changed nothing) for anything else, which the general path then reads and reports.
    mutating func fastVoucher(_ from: Int, _ end: Int, _ line: Int) -> Bool {
        let b = bytes
        var i = from
        @inline(__always) func skipBlanks() { while i < end && SIEText.isBlank(b[i]) { i += 1 } }
        /// A plain token (no quotes or braces), or a quoted one without escapes.
        func token() -> String? {
            guard i < end else { return nil }
            if b[i] == SIEText.quote {
                var j = i + 1
                while j < end, b[j] != SIEText.quote {
                    if b[j] == SIEText.backslash || SIEText.mayBeControl(b[j], encoding) { return nil }
                    j += 1
                }
                guard j < end else { return nil }
                let text = SIEText.decode(UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: encoding)
                i = j + 1
                return text
            }
            var j = i
            while j < end {
                let c = b[j]
                if SIEText.isBlank(c) || c == SIEText.openBrace || c == SIEText.closeBrace || c == SIEText.quote {
                    break
                }
                j += 1
            }
            guard j > i else { return nil }
            let text = SIEText.decode(UnsafeBufferPointer(rebasing: b[i..<j]), as: encoding)
            i = j
            return text
        }
        skipBlanks()
        guard let series = token() else { return false }
        skipBlanks()
        guard let number = token() else { return false }
        skipBlanks()
        let date: SIEDate
        if i + 8 <= end, i + 8 == end || SIEText.isBlank(b[i + 8]),
            let value = SIEDate.digits(UnsafeBufferPointer(rebasing: b[i..<(i + 8)]))
        {
            // Eight digits, as nearly every date is written: read from the bytes, no string made.
            guard let parsed = SIEDate(year: value / 10000, month: value / 100 % 100, day: value % 100) else {
                return false
            }
            date = parsed
            i += 8
        } else {
            guard let dateText = token(), let parsed = SIEDate(sie: dateText) else { return false }
            date = parsed
        }
        skipBlanks()
        var text = ""
        if i < end {
            guard b[i] == SIEText.quote, let value = token() else { return false }
            text = value
            skipBlanks()
            guard i == end else { return false }
        }
        var voucher = OpenVoucher(series: series, number: number, date: date, text: text, line: line)
        if spareRows.capacity > 0 {
            swap(&voucher.transactions, &spareRows)
        } else {
            voucher.transactions.reserveCapacity(8)  // one allocation instead of growing 1, 2, 4, 8
        }
        if !number.isEmpty, let first = voucherNumbers.register(series: series, number: number, line: line) {
            error(line, "duplicate \(voucher.name) (first at line \(first))")
        }
        open = voucher
        openInBody = false
        return true
    }

    static let knownLabels: Set<String> = [
        "#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#PROSA", "#FTYP", "#FNR", "#ORGNR",
        "#BKOD", "#ADRESS", "#FNAMN", "#RAR", "#TAXAR", "#OMFATTN", "#KPTYP", "#VALUTA", "#KONTO",
        "#KTYP", "#ENHET", "#SRU", "#DIM", "#UNDERDIM", "#OBJEKT", "#IB", "#UB", "#OIB", "#OUB",
        "#RES", "#PSALDO", "#PBUDGET", "#VER", "#TRANS", "#RTRANS", "#BTRANS", "#KSUMMA",
    ]

    /// A #VER whose line could not be read still opens a voucher, so its rows are not reported
    /// again as rows outside a voucher.
    mutating func openBrokenVoucher(_ line: Int) {
        open = OpenVoucher(series: "", number: "", date: nil, text: "", line: line, damaged: true)
        openInBody = false
    }
}
