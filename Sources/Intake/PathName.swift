/// A file's path as the system holds it: bytes, which need not be UTF-8 (a Linux file name is
/// any bytes but `/` and NUL). Files are opened by these bytes, so a name that is not valid
/// UTF-8 still loads; messages show `display`, which is always one printable line.
public struct PathName: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ path: String) {
        self.bytes = Array(path.utf8)
    }

    /// The name for messages: control characters and bytes that are not UTF-8 escaped, so a
    /// newline in a name cannot split (or forge) an error line and escape codes never reach
    /// the terminal.
    public var display: String { DisplayText.escaping(bytes) }

    /// The name as text for judging its extension; bytes that are not UTF-8 become U+FFFD.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    func appending(_ name: [UInt8]) -> PathName {
        PathName(bytes: (bytes.last == UInt8(ascii: "/") ? bytes : bytes + [UInt8(ascii: "/")]) + name)
    }

    /// The path as a C string for system calls.
    func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}

/// Text made safe to print on one line of a terminal.
public enum DisplayText {
    /// `bytes` as UTF-8, with each invalid byte and each byte of a control character (C0, DEL,
    /// C1, and the Unicode line and paragraph separators) written `\xNN`.
    public static func escaping(_ bytes: [UInt8]) -> String {
        var out = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if isUnprintable(scalar) {
                    for byte in encoded { out += hex(byte) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] { out += hex(byte) }
                offset += length
            case .emptyInput:
                return out
            }
        }
    }

    /// `text` with its control characters escaped, for a line that must stay one line.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        return escaping(Array(text.utf8))
    }

    static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
