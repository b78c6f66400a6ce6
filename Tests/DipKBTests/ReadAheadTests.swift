import Foundation
import Testing

@testable import DipKB

/// What the reading thread has put, to show it stays at most `capacity` ahead of the taker.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var current: Int { lock.withLock { value } }
}

/// Every item read comes out once, in reading order, whatever the room between reader and taker.
@Test(arguments: [1, 3, 64])
func itemsReadAheadComeOutInReadingOrder(capacity: Int) {
    let reading = ReadAhead<Int>(capacity: capacity) { put in
        for i in 0..<1_000 { try put(i) }
    }
    var taken: [Int] = []
    while let item = reading.next() { taken.append(item) }
    #expect(taken == Array(0..<1_000))
    #expect(reading.next() == nil)
}

/// The reader waits while `capacity` items wait to be taken: a load's memory stays bounded however
/// fast its files are read.
@Test func theReaderStaysAtMostItsCapacityAhead() {
    let put = Counter()
    let reading = ReadAhead<Int>(capacity: 5) { give in
        for i in 0..<100 {
            try give(i)
            put.increment()
        }
    }
    for taken in 1...20 {
        #expect(reading.next() == taken - 1)
        Thread.sleep(forTimeInterval: 0.002)
        #expect(put.current <= taken + 5)
    }
    reading.cancel()
}

/// A load that stops early (interrupted, the database failing) stops the reading of an input of
/// any length, and `cancel` returns once the reading thread is done with it.
@Test func cancellingStopsAReadingThatWouldNotEnd() {
    let put = Counter()
    let reading = ReadAhead<Int>(capacity: 4) { give in
        var i = 0
        while true {
            try give(i)
            put.increment()
            i += 1
        }
    }
    #expect(reading.next() == 0)
    #expect(reading.next() == 1)
    reading.cancel()
    let after = put.current
    Thread.sleep(forTimeInterval: 0.01)
    #expect(put.current == after)
    #expect(after <= 6)
}

/// A reading that fails part-way ends the items there; what was read before comes out.
@Test func aReadingThatThrowsEndsItsItems() {
    struct Broken: Error {}
    let reading = ReadAhead<Int>(capacity: 2) { put in
        for i in 0..<3 { try put(i) }
        throw Broken()
    }
    var taken: [Int] = []
    while let item = reading.next() { taken.append(item) }
    #expect(taken == [0, 1, 2])
}
