import Dispatch

/// Costly work done on every core a chunk at a time, its results handed on in input order.
/// While one chunk's results are handed on (written to the database, printed), the next chunk is
/// worked on: at most two chunks are in memory, whatever the size of the input. `dipkb load`,
/// `dipkb extract --stream` and `dipkb load --facts` all go through it.
public final class OrderedChunks<Input: Sendable, Output: Sendable> {
    /// Items worked on together, then handed on together; bounds memory and the latency before
    /// the first result.
    public let chunkSize: Int
    private let work: @Sendable (Input) -> Output
    private let deliver: ([Input], [Output]) throws -> Void
    private var pending: [Input] = []
    private var running: ChunkJob<Input, Output>?

    /// The size of the first chunk; each next one is twice the last, up to `chunkSize`. Nothing
    /// is handed on before the first chunk is worked on whole: `dipkb load`'s writer sat idle
    /// through the extraction of 256 articles (about a twentieth of a 2,000-article load) before
    /// its first write. Sixteen items keep the cores busy from the start, and the doubling makes
    /// only a few more handovers than chunks of `chunkSize` from the start would.
    public static var firstChunkSize: Int { 16 }
    /// The size the pending chunk is started at.
    private var currentChunkSize: Int

    /// `work` runs concurrently on many items; `deliver` runs on the caller's thread, in order.
    public init(
        chunkSize: Int, work: @escaping @Sendable (Input) -> Output,
        deliver: @escaping ([Input], [Output]) throws -> Void
    ) {
        precondition(chunkSize > 0, "a chunk holds at least one item")
        self.chunkSize = chunkSize
        self.work = work
        self.deliver = deliver
        currentChunkSize = min(chunkSize, Self.firstChunkSize)
    }

    public func append(_ input: Input) throws {
        pending.append(input)
        if pending.count >= currentChunkSize {
            currentChunkSize = min(chunkSize, 2 * currentChunkSize)
            try flush()
        }
    }

    /// Hands on everything appended so far.
    public func finish() throws {
        try flush()
        try flush()
    }

    /// Starts the pending chunk and hands on the one started before it.
    private func flush() throws {
        let previous = running
        running = pending.isEmpty ? nil : ChunkJob(inputs: pending, work: work)
        pending.removeAll(keepingCapacity: true)
        if let previous { try deliver(previous.inputs, previous.wait()) }
    }
}

/// One chunk being worked on in the background, each item on whichever core is free.
private final class ChunkJob<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    let inputs: [Input]
    private let group = DispatchGroup()
    // Written once by the background work before `group` is left; read after `wait()`.
    private var outputs: [Output] = []

    init(inputs: [Input], work: @escaping @Sendable (Input) -> Output) {
        self.inputs = inputs
        group.enter()
        DispatchQueue.global().async {
            self.outputs = Self.map(inputs, work)
            self.group.leave()
        }
    }

    func wait() -> [Output] {
        group.wait()
        return outputs
    }

    private static func map(_ inputs: [Input], _ work: @Sendable (Input) -> Output) -> [Output] {
        var results = [Output?](repeating: nil, count: inputs.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own element.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
                slots[i] = work(inputs[i])
            }
        }
        return results.map { $0! }
    }
}
