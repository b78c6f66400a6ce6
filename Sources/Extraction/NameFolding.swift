/// Case and accent folding for comparing names ("Kōno" and "Kono", "Stéphane" and "STEPHANE"),
/// without Foundation: ASCII is lowercased directly, and Latin letters with diacritics map to
/// their base letter through a table. A trailing possessive "'s" is dropped.
enum NameFolding {
    static func fold(_ s: String) -> String {
        if let ascii = foldASCII(s) { return ascii }
        // The folded scalars gathered as UTF-8 bytes: appending to a `UnicodeScalarView` cost
        // more than a thousand instructions a name.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                out.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
            } else if u == "\u{2019}" || u == "\u{2018}" {
                out.append(UInt8(ascii: "'"))
            } else if let base = latin[v] {
                out.append(contentsOf: base.utf8)
            } else if u.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                out.append(contentsOf: u.properties.lowercaseMapping.utf8)
            }
        }
        var folded = String(decoding: out, as: UTF8.self)
        if folded.hasSuffix("'s") { folded.removeLast(2) }
        return folded
    }

    /// An ASCII name (most names in English news) folded byte by byte, without building it
    /// scalar by scalar; nil for any other.
    private static func foldASCII(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var n = bytes.count
            if n >= 2, bytes[n - 2] == UInt8(ascii: "'"), bytes[n - 1] == UInt8(ascii: "s") || bytes[n - 1] == UInt8(ascii: "S") { n -= 2 }
            return String(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n { out[k] = bytes[k] >= 65 && bytes[k] <= 90 ? bytes[k] + 32 : bytes[k] }
                return n
            }
        }
    }

    /// Latin-1 Supplement and Latin Extended-A letters with their unaccented lowercase base.
    static let latin: [UInt32: String] = {
        let pairs: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
            ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"),
            ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"),
            ("ŹźŻżŽž", "z"), ("ß", "ss"), ("Ææ", "ae"), ("Œœ", "oe"), ("Þþ", "th"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, base) in pairs { for u in letters.unicodeScalars { table[u.value] = base } }
        return table
    }()
}
