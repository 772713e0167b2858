import Foundation
import TestSupport
import Testing

/// The claims ARCHITECTURE.md makes that a machine can check: which layer touches the disk,
/// which target depends on which, that no output depends on a command, that no hand-written
/// file grows past 700 lines, and that no test passes by falling back on nothing.
@Suite struct HouseTests {
  /// The Swift files under a folder of the package, by path relative to the package.
  static func swiftFiles(under folder: String) -> [(path: String, text: String)] {
    let root = TestStore.packageRoot + "/"
    let files = FileManager.default.enumerator(atPath: root + folder)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(".swift") }.sorted().map { name in
      (folder + "/" + name, (try? String(contentsOfFile: root + folder + "/" + name, encoding: .utf8)) ?? "")
    }
  }

  @Test func noHandWrittenFile_isOver700Lines() {
    let files = Self.swiftFiles(under: "Sources").filter {
      !$0.text.contains("swift-format-ignore-file") && !$0.path.contains("/Generated/")
    }
    #expect(files.count > 100)
    for file in files {
      let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
      #expect(lines <= 700, "\(file.path): \(lines) lines")
    }
  }

  /// The disk is reached through the `FileSystem` protocol; `FileManager` only where the
  /// protocol has no word for the work (publishing a folder with links and an exchange) and in
  /// the tools that are not the product.
  @Test func fileManager_isUsedOnlyWhereArchitectureSays() {
    let allowed: Set<String> = [
      "Sources/SmartCityCLI/Output/SiteFolder.swift", "Sources/SmartCityBench/main.swift",
      "Sources/SmartCityGenerate/main.swift",
    ]
    let using = Set(
      Self.swiftFiles(under: "Sources").filter { file in
        file.text.split(separator: "\n").contains {
          $0.contains("FileManager") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
        }
      }.map(\.path))
    #expect(using == allowed)
  }

  /// The library depends on the system only; the command line on the library, never the
  /// reverse; outputs never on a command.
  @Test func dependencies_runOneWay() {
    let system: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Musl", "Darwin", "Dispatch"]
    let imports = try! Regex(#"^\s*(?:@preconcurrency\s+)?import\s+(\w+)"#).anchorsMatchLineEndings()
    for file in Self.swiftFiles(under: "Sources/ProgrammeCore") {
      let modules = Set(file.text.matches(of: imports).compactMap { $0.output[1].substring.map(String.init) })
      #expect(modules.isSubset(of: system), "\(file.path): \(modules.subtracting(system))")
    }
    // A command is a type nested in `SmartCity` (`SmartCity.List`); an output names none.
    let command = try! Regex(#"SmartCity\.[A-Z]\w*"#)
    for file in Self.swiftFiles(under: "Sources/SmartCityCLI/Output") {
      let named = Set(file.text.matches(of: command).map { String(file.text[$0.range]) })
      #expect(named.isEmpty, "\(file.path) depends on \(named.sorted())")
    }
  }

  /// A fixture that does not load stops the run; a test that needs a missing tool is skipped
  /// by a trait, visibly, never by returning early as if it had passed.
  @Test func noTest_passesOnNothing() {
    for file in Self.swiftFiles(under: "Tests") where !file.path.hasSuffix("HouseTests.swift") {
      #expect(!file.text.contains("?? Registry()"), "\(file.path)")
      #expect(!file.text.contains("isExecutableFile(atPath: \"/usr/bin/zsh\") else { return }"), "\(file.path)")
      #expect(!file.text.contains("isExecutableFile(atPath: \"/usr/bin/fish\") else { return }"), "\(file.path)")
    }
  }
}
