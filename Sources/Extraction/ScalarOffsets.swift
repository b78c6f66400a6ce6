/// Converts byte offsets in a UTF-8 body into Unicode scalar offsets, the unit evidence is
/// reported in, with checkpoints so that each conversion scans at most a few hundred bytes.
struct ScalarOffsets: Sendable {
    private static let stride = 256
    private let checkpoints: [Int]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var points: [Int] = []
        points.reserveCapacity(bytes.count / Self.stride + 1)
        var count = 0
        for (i, b) in bytes.enumerated() {
            if i % Self.stride == 0 { points.append(count) }
            if b & 0xC0 != 0x80 { count += 1 }
        }
        checkpoints = points
    }

    func scalarOffset(_ byte: Int) -> Int {
        let clamped = max(0, min(byte, bytes.count))
        if clamped == bytes.count, bytes.isEmpty { return 0 }
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
