import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import ProgrammeCore

/// One definition of a valid store: over mutated stores, every read command accepts a store
/// exactly when `validate` does, and refuses it with exit 65 and validate's first message,
/// whatever collections it shows and whatever MoUs it keeps.
@Suite struct VerdictTests {
  static let files = Collection.allCases.map(\.fileName) + [Store.manifestFile]
  static let commands: [[String]] = [
    ["list"], ["list", "--cohort", "2021", "--format", "json"], ["report"], ["report", "--by", "stage"],
    ["show", "53.19"], ["regencies"], ["export", "--format", "csv"],
  ]

  @Test(arguments: files)
  func everyCommand_judgesAMutatedStoreAsValidateDoes(file: String) throws {
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/" + file)))
    var random = SeededRandom(seed: UInt64(truncatingIfNeeded: file.utf8.reduce(7) { $0 &* 31 &+ Int($1) }))
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    var refused = 0
    for iteration in 0..<30 {
      try Data(LoaderFuzzSupport.mutate(original, &random)).write(to: URL(fileURLWithPath: test.path + "/" + file))
      let validate = CLI.runInProcess(["validate"], data: test.path)
      #expect([0, 65].contains(validate.status), "\(file) #\(iteration): validate exited \(validate.status)")
      let problem = validate.errorLines.first.map { String($0.dropFirst("Error: ".count)) }
      if validate.status == 65 { refused += 1 }
      for arguments in Self.commands {
        let outcome = CLI.runInProcess(arguments, data: test.path)
        if validate.status == 65 {
          #expect(outcome.status == 65, "\(file) #\(iteration) \(arguments): \(outcome.standardError)")
          let message = outcome.errorLines.first.map { String($0.dropFirst("Error: ".count)) } ?? "(none)"
          #expect(
            problem?.hasSuffix(message) == true,
            "\(file) #\(iteration) \(arguments): '\(message)' against validate's '\(problem ?? "")'")
        } else {
          #expect(outcome.status != 65, "\(file) #\(iteration) \(arguments): \(outcome.standardError)")
        }
      }
    }
    #expect(refused > 0)
  }

  /// The defects found by hand: references into collections a command does not show, and an
  /// empty list of regions.
  @Test(arguments: [
    ("mous.json", "\"ceremony\": \"ceremony-2021-05-20\"", "\"ceremony\": \"ceremony-2099-01-01\""),
    ("mous.json", "\"letter\": \"646/Kominfo/DJAL/AI.01.05/10/2020\"", "\"letter\": \"B-999/2099\""),
    ("milestones.json", "\"cohort\": \"2021\"", "\"cohort\": \"2024\""),
    ("regencies.json", "", "[]"),
  ])
  func brokenReference_isRefusedByEveryCommand(file: String, find: String, replace: String) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let text = try test.read(file)
    try test.write(file, find.isEmpty ? replace : text.replacingOccurrences(of: find, with: replace))
    #expect(try test.read(file) != text)
    let validate = CLI.runInProcess(["validate"], data: test.path)
    #expect(validate.status == 65)
    for arguments in Self.commands {
      let outcome = CLI.runInProcess(arguments, data: test.path)
      #expect(outcome.status == 65, "\(arguments): \(outcome.standardError)")
      let message = outcome.errorLines.first.map { String($0.dropFirst("Error: ".count)) } ?? "(none)"
      #expect(validate.errorLines.first?.hasSuffix(message) == true, "\(arguments)")
    }
  }

  /// Files over 1 MiB take the fast reader's two-thread path: its verdict on a mutated file is
  /// the reference reader's, error for error.
  @Test func largeMutatedFiles_getTheReferenceVerdict() throws {
    let registry = try SyntheticStore.registry(mous: 3_000)
    let bytes = MoU.fileBytes(registry.mous.sorted { $0.id.precedesInBytes($1.id) })
    #expect(bytes.count > 1 << 20)
    let test = try TestStore(empty: ())
    defer { test.remove() }
    try FileManager.default.createDirectory(atPath: test.path, withIntermediateDirectories: true)
    for collection in Collection.allCases where collection != .mous {
      try Data(JSONWriter().bytes(for: .array(registry.records(of: collection)))).write(
        to: URL(fileURLWithPath: test.path + "/" + collection.fileName))
    }
    try Data(try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/" + Store.manifestFile))).write(
      to: URL(fileURLWithPath: test.path + "/" + Store.manifestFile))
    var random = SeededRandom(seed: 20_261_129)
    var refused = 0
    for iteration in 0..<40 {
      let mutated = LoaderFuzzSupport.mutate(bytes, &random)
      try Data(mutated).write(to: URL(fileURLWithPath: test.path + "/mous.json"))
      let fast = Result { () throws(ProgrammeError) in try test.store.load(detail: .summary) }
      let reference = Result { () throws(ProgrammeError) -> Registry in
        var expected = registry
        try expected.load(.mous, from: try Store.parse(mutated, file: test.path + "/mous.json"), file: test.path + "/mous.json")
        try expected.checkReferences { test.path + "/" + $0.fileName }
        return expected
      }
      switch (fast, reference) {
      case (.success(let read), .success(let expected)):
        #expect(read.mous.map(\.id) == expected.mous.map(\.id), "#\(iteration)")
      case (.failure(let read), .failure(let expected)):
        refused += 1
        #expect(read == expected, "#\(iteration)")
      default:
        Issue.record("#\(iteration): fast \(fast), reference \(reference)")
      }
    }
    #expect(refused > 0)
  }
}
