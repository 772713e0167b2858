#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls the store and the command line make, by one name on every platform: the C
/// library is Glibc or Musl on Linux and Darwin on macOS, and inside a type with its own `read`
/// or `write` the bare name would mean the method.
package enum POSIX {
  @discardableResult
  package static func close(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.close(descriptor)
    #elseif canImport(Musl)
      Musl.close(descriptor)
    #else
      Darwin.close(descriptor)
    #endif
  }

  package static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  package static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.write(descriptor, buffer, count)
    #else
      Darwin.write(descriptor, buffer, count)
    #endif
  }

  package static func rename(_ source: String, _ destination: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.rename(source, destination)
    #elseif canImport(Musl)
      Musl.rename(source, destination)
    #else
      Darwin.rename(source, destination)
    #endif
  }

  package static func link(_ existing: String, _ newPath: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.link(existing, newPath)
    #elseif canImport(Musl)
      Musl.link(existing, newPath)
    #else
      Darwin.link(existing, newPath)
    #endif
  }

  /// The values of the named environment variables that are set (ProcessInfo's first use
  /// instantiates far more than a command needs at start-up, and a command reads a handful).
  package static func environment(named names: [String]) -> [(name: String, value: String)] {
    names.compactMap { name in getenv(name).map { (name: name, value: String(cString: $0)) } }
  }

  /// The current directory's path, or `nil` if it cannot be had (it was removed).
  package static func currentDirectory() -> String? {
    guard let pointer = getcwd(nil, 0) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The text of an `errno` value, as the system words it.
  package static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
