import DipKB
import Foundation
import PropertyBased
import Testing

/// Counts what has been appended and not yet handed on, to show the pipeline holds at most two chunks.
private final class InFlight: @unchecked Sendable {
    var appended = 0
    var delivered = 0
    var most = 0
}

@Test func resultsComeInInputOrderAndAtMostTwoChunksAreHeld() async {
    let cases = zip(Gen.int(in: 0...700), Gen.int(in: 1...64))
    await propertyCheck(count: 40, input: cases) { count, chunkSize in
        let counter = InFlight()
        var seen: [Int] = []
        let pipeline = OrderedChunks<Int, String>(
            chunkSize: chunkSize,
            work: { n in
                // Uneven work, so that later items often finish first.
                if n % 7 == 0 { usleep(UInt32(50 * (n % 5))) }
                return "item \(n)"
            },
            deliver: { inputs, outputs in
                counter.delivered += inputs.count
                #expect(outputs == inputs.map { "item \($0)" })
                seen += inputs
            })
        for n in 0..<count {
            try! pipeline.append(n)
            counter.appended += 1
            counter.most = max(counter.most, counter.appended - counter.delivered)
        }
        try! pipeline.finish()
        #expect(seen == Array(0..<count))
        #expect(counter.most <= 2 * chunkSize)
    }
}

@Test func theFirstItemsAreHandedOnBeforeAWholeChunkIsAppended() throws {
    var delivered: [Int] = []
    let pipeline = OrderedChunks<Int, Int>(chunkSize: 256, work: { $0 }, deliver: { inputs, _ in delivered += inputs })
    // The first chunk is small and handed on once the next one is started.
    for n in 0..<(OrderedChunks<Int, Int>.firstChunkSize * 3) { try pipeline.append(n) }
    #expect(delivered == Array(0..<OrderedChunks<Int, Int>.firstChunkSize))
    try pipeline.finish()
    #expect(delivered == Array(0..<(OrderedChunks<Int, Int>.firstChunkSize * 3)))
}

@Test func aFailureToDeliverStopsThePipeline() {
    struct Full: Error {}
    let pipeline = OrderedChunks<Int, Int>(chunkSize: 2, work: { $0 }, deliver: { _, _ in throw Full() })
    #expect(throws: Full.self) {
        for n in 0..<10 { try pipeline.append(n) }
        try pipeline.finish()
    }
}

/// Which threads worked on items, and how many at once besides the caller's.
private final class Workers: @unchecked Sendable {
    let caller = pthread_self()
    private let lock = NSLock()
    private var others = 0
    private(set) var mostOthersAtOnce = 0
    private(set) var byCaller = 0

    func work(_ n: Int) -> Int {
        let isCaller = pthread_equal(pthread_self(), caller) != 0
        lock.withLock {
            if isCaller {
                byCaller += 1
            } else {
                others += 1
                mostOthersAtOnce = max(mostOthersAtOnce, others)
            }
        }
        usleep(1000)
        if !isCaller { lock.withLock { others -= 1 } }
        return n
    }
}

@Test func theBackgroundWorkersLeaveTheCallerACoreAndTheCallerWorksWhileItWaits() throws {
    let workers = Workers()
    var delivered: [Int] = []
    let pipeline = OrderedChunks<Int, Int>(chunkSize: 32, work: { workers.work($0) }, deliver: { _, outputs in delivered += outputs })
    for n in 0..<200 { try pipeline.append(n) }
    try pipeline.finish()
    #expect(delivered == Array(0..<200))
    // The caller (`dipkb load`'s writer) shares no core with the workers while it hands a chunk on ...
    #expect(workers.mostOthersAtOnce <= max(1, ProcessInfo.processInfo.activeProcessorCount - 1))
    // ... and takes items itself when it waits for a chunk not yet worked on whole.
    #expect(workers.byCaller > 0)
}
