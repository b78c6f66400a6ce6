/// Converts byte offsets in a UTF-8 body into Unicode scalar offsets, the unit evidence is
/// reported in, with checkpoints so that each conversion scans at most a few dozen bytes.
struct ScalarOffsets: Sendable {
    /// Bytes between checkpoints: a conversion scans half of it on average.
    private static let stride = 64
    /// Scalars before each checkpoint; empty for an all-ASCII body, where offsets are the same.
    private let checkpoints: [Int]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var points: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            // Most bodies are ASCII through and through: nothing to count.
            guard Self.hasNonASCII(buffer) else { return }
            points.reserveCapacity(buffer.count / Self.stride + 1)
            var count = 0
            var block = 0
            while block < buffer.count {
                points.append(count)
                let end = min(block + Self.stride, buffer.count)
                count += Self.scalarCount(UnsafeBufferPointer(rebasing: buffer[block..<end]))
                block = end
            }
        }
        checkpoints = points
    }

    func scalarOffset(_ byte: Int) -> Int {
        let clamped = max(0, min(byte, bytes.count))
        if checkpoints.isEmpty { return clamped }
        let block = min(clamped / Self.stride, checkpoints.count - 1)
        let start = block * Self.stride
        return checkpoints[block] + bytes.withUnsafeBufferPointer { Self.scalarCount(UnsafeBufferPointer(rebasing: $0[start..<clamped])) }
    }

    /// Whether any byte is outside ASCII, tested eight at a time: the test reads the whole of
    /// every ASCII body (most of them), which byte by byte cost about five instructions a byte.
    static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
            i += 8
        }
        while i < n {
            if base[i] >= 0x80 { return true }
            i += 1
        }
        return false
    }

    /// The scalars that begin in `bytes`: the bytes that are not continuation bytes (10xxxxxx),
    /// counted eight at a time. Byte by byte, with a branch a byte, the checkpoints of a body
    /// outside ASCII cost about six instructions a byte of every article.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var count = 0
        var i = 0
        while i + 8 <= n {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // Shifted left by one, each byte's bit 6 lands on its own bit 7 (bit 7 leaves for the
            // next byte's bit 0, which the mask drops): the top bits set and their neighbours
            // clear are the continuation bytes.
            count += 8 - (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < n {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
