import Foundation
import ProgrammeCore

/// A fresh copy of a store in a temporary folder, removed by `remove()`.
public struct TestStore {
  /// The package's root folder, found from this file's path.
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The shipped store: only the tests that hold the shipped data to its sources read it.
  public static let shippedData = packageRoot + "/Data"

  /// The store behaviour tests run on: a small registry under `Tests/Fixtures/`, so that adding
  /// records to the shipped `Data/` never changes what a behaviour test expects.
  public static let fixture = packageRoot + "/Tests/Fixtures/Store"

  /// The project's shared folder beside the repository (seeds, reference, JSONTestSuite).
  public static let shared = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().path + "/shared"

  public let root: String
  public var path: String { root + "/Data" }
  public var store: Store { Store(directory: path, lockTimeout: 2) }

  /// A store's registry, for a suite's fixtures. A store that does not load stops the run
  /// with the reason, rather than letting the suite pass on an empty registry.
  public static func loaded(_ directory: String) -> Registry {
    do {
      return try Store(directory: directory).load()
    } catch {
      fatalError("the test store \(directory) does not load: \(error.message(in: .english))")
    }
  }

  /// A copy of the fixture store.
  public static func copyOfFixture() throws -> TestStore {
    let store = try TestStore(empty: ())
    try FileManager.default.copyItem(atPath: fixture, toPath: store.path)
    return store
  }

  /// A temporary folder with no store in it yet (`path` does not exist).
  public init(empty: Void) throws {
    root = FileManager.default.temporaryDirectory.path + "/smartcity-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  public func remove() {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// Every file of the store with its bytes, to prove a refused command changed nothing.
  public func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: path) {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
      }
    }
    return files
  }

  public func read(_ name: String) throws -> String {
    try String(contentsOfFile: path + "/" + name, encoding: .utf8)
  }

  public func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
  }
}
