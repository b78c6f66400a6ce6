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
            guard buffer.contains(where: { $0 >= 0x80 }) else { return }
            points.reserveCapacity(buffer.count / Self.stride + 1)
            var count = 0
            var block = 0
            while block < buffer.count {
                points.append(count)
                let end = min(block + Self.stride, buffer.count)
                for i in block..<end where buffer[i] & 0xC0 != 0x80 { count += 1 }
                block = end
            }
        }
        checkpoints = points
    }

    func scalarOffset(_ byte: Int) -> Int {
        let clamped = max(0, min(byte, bytes.count))
        if checkpoints.isEmpty { return clamped }
        let block = min(clamped / Self.stride, checkpoints.count - 1)
        var count = checkpoints[block]
        var i = block * Self.stride
        while i < clamped {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
