import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Another program run to its end with `posix_spawn`: its exit status and both outputs.
///
/// What `git` needs, without Foundation's `Process` (which would link the whole of Foundation
/// into the binary). Both outputs are read before waiting, so that a large output cannot fill a
/// pipe and block the program.
package struct Subprocess {
  package var status: Int32
  package var output: [UInt8]
  package var error: [UInt8]

  /// Why a program could not be started.
  package struct LaunchFailure: Error {
    package var reason: String
  }

  /// Runs `program` (found on `PATH`) with its arguments, giving it `input` on standard input.
  /// A program killed by a signal has the status 128 + the signal, as shells report it.
  package static func run(_ program: String, _ arguments: [String], input: [UInt8] = []) throws(LaunchFailure) -> Subprocess {
    var inputPipe: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    var errorPipe: [Int32] = [-1, -1]
    guard pipe(&inputPipe) == 0 else { throw LaunchFailure(reason: POSIX.describe(errno)) }
    guard pipe(&outputPipe) == 0 else {
      closeAll(inputPipe)
      throw LaunchFailure(reason: POSIX.describe(errno))
    }
    guard pipe(&errorPipe) == 0 else {
      closeAll(inputPipe + outputPipe)
      throw LaunchFailure(reason: POSIX.describe(errno))
    }
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
    for descriptor in inputPipe + outputPipe + errorPipe {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, program, &actions, nil, argv, environ)
    closeAll([inputPipe[0], outputPipe[1], errorPipe[1]])
    guard spawned == 0 else {
      closeAll([inputPipe[1], outputPipe[0], errorPipe[0]])
      throw LaunchFailure(reason: POSIX.describe(spawned))
    }
    // The input is small (a list of names): it fits the pipe, so writing it first cannot block.
    input.withUnsafeBytes { raw in
      var written = 0
      while written < raw.count {
        let count = POSIX.write(inputPipe[1], raw.baseAddress! + written, raw.count - written)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        written += count
      }
    }
    POSIX.close(inputPipe[1])
    let errorText = Collected()
    let group = DispatchGroup()
    let errorDescriptor = errorPipe[0]
    DispatchQueue.global().async(group: group) { errorText.bytes = readAll(errorDescriptor) }
    let output = readAll(outputPipe[0])
    group.wait()
    POSIX.close(outputPipe[0])
    POSIX.close(errorPipe[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // The status word: the exit code in its second byte, or the signal in its low seven bits.
    let signal = status & 0x7F
    let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    return Subprocess(status: code, output: output, error: errorText.bytes)
  }

  /// What the thread reading standard error collects, for the caller to take once it has ended.
  private final class Collected: @unchecked Sendable {
    var bytes: [UInt8] = []
  }

  private static func readAll(_ descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { POSIX.read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      bytes.append(contentsOf: buffer[..<count])
    }
    return bytes
  }

  private static func closeAll(_ descriptors: [Int32]) {
    for descriptor in descriptors where descriptor >= 0 { POSIX.close(descriptor) }
  }
}
