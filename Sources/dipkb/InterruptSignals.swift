import Dispatch
import Foundation
import Synchronization

/// SIGINT (Ctrl-C) and SIGTERM during a load: noted, so the load stops at the next article
/// boundary, says what it stored and exits 128 + the signal's number, as a shell expects. A
/// second signal ends the process at once (a load blocked reading a terminal would otherwise
/// never look); what was committed stays, as after any crash.
enum InterruptSignals {
    static let signals: [Int32] = [SIGINT, SIGTERM]

    /// The first signal received, 0 while none was.
    private static let received = Atomic<Int32>(0)
    /// Kept alive for as long as signals are watched.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Starts watching; from now on the signals no longer end the process by themselves.
    static func watch() {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let (exchanged, _) = received.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
                if !exchanged { _exit(128 + received.load(ordering: .sequentiallyConsistent)) }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The signal that asked the load to stop, nil while none did.
    static var pending: Int32? {
        let number = received.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }
}
