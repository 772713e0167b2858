import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A stream of text (standard output or error, or a buffer in tests), buffered so that a
/// million-row listing is written in large chunks.
///
/// A write that fails is remembered, not ignored: the command then ends with exit 74 naming
/// the stream, or quietly when the reader went away (`smartcity list | head -1`).
final class OutputSink {
  /// Why writing stopped.
  enum Failure: Equatable {
    /// The reader closed the pipe: nothing more can be said, and nothing is wrong.
    case closed
    /// The system refused the write (a full disk, a device error), with its reason.
    case failed(String)
  }

  /// Whether the stream is a terminal, which decides tables and colour.
  let isTerminal: Bool
  private let emit: ([UInt8]) -> Failure?
  private var buffer: [UInt8] = []
  /// The first failed write; later text is dropped.
  private(set) var failure: Failure?

  /// A sink whose writes can fail.
  init(isTerminal: Bool, emitReportingFailure emit: @escaping ([UInt8]) -> Failure?) {
    self.isTerminal = isTerminal
    self.emit = emit
    buffer.reserveCapacity(1 << 16)
  }

  /// A sink whose writes always succeed (a buffer).
  convenience init(isTerminal: Bool, emit: @escaping ([UInt8]) -> Void) {
    self.init(isTerminal: isTerminal) { (bytes: [UInt8]) -> Failure? in
      emit(bytes)
      return nil
    }
  }

  /// A sink writing to a file descriptor.
  convenience init(descriptor: Int32) {
    self.init(isTerminal: isatty(descriptor) == 1) { (bytes: [UInt8]) -> Failure? in
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes { raw in
          POSIX.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        }
        if written < 0 {
          let code = errno
          if code == EINTR { continue }
          return code == EPIPE ? .closed : .failed(String(cString: strerror(code)))
        }
        if written == 0 { return .failed(String(cString: strerror(EIO))) }
        offset += written
      }
      return nil
    }
  }

  func write(_ text: String) {
    var text = text
    // One copy of the text's bytes (a listing writes thousands of cells), not byte by byte.
    text.withUTF8 { bytes in buffer.append(contentsOf: bytes) }
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Text already encoded as UTF-8.
  func write(bytes: [UInt8]) {
    buffer += bytes
    if buffer.count >= 1 << 16 { flush() }
  }

  func writeLine(_ text: String = "") {
    write(text)
    write("\n")
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    if failure == nil { failure = emit(buffer) }
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}
