import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// The running tool reads only the environment variables it declares (`Context.variablesRead`),
/// so a variable read anywhere must be declared there, or it would silently never be set.
@Suite struct EnvironmentTests {
  /// Every `environment["NAME"]` in the sources names a declared variable.
  @Test func everyVariableTheSourcesRead_isDeclared() throws {
    let pattern = try Regex(#"environment\["([A-Z_]+)"\]"#)
    var found: Set<String> = []
    for folder in ["Sources/SmartCityCLI", "Sources/ProgrammeCore"] {
      let root = TestStore.packageRoot + "/" + folder
      let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
      for file in files where file.hasSuffix(".swift") {
        let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
        for match in text.matches(of: pattern) { found.insert(String(text[match.output[1].range!])) }
      }
    }
    #expect(found.count >= 4)
    #expect(
      found.subtracting(Context.variablesRead).isEmpty, "read but not declared: \(found.subtracting(Context.variablesRead))")
  }

  /// The built binary reads each declared variable that changes what it does.
  @Test func theBinary_readsTheDeclaredVariables() throws {
    let refused = try CLI.run(["list"], environment: ["SMARTCITY_LOCK_TIMEOUT": "soon"], data: TestStore.fixture)
    #expect(refused.status == 64)
    #expect(refused.errorLines.first?.contains("SMARTCITY_LOCK_TIMEOUT") == true)
    let indonesian = try CLI.run(["show", "nowhere"], environment: ["LC_ALL": "id_ID.UTF-8"], data: TestStore.fixture)
    let english = try CLI.run(["show", "nowhere"], environment: ["LANG": "en_US.UTF-8"], data: TestStore.fixture)
    #expect(indonesian.standardError != english.standardError)
    #expect(indonesian.status == english.status)
  }
}
