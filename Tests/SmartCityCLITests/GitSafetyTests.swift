import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Git never loses an office's value and never runs what a folder's name says: real git, real
/// hooks, real merges.
@Suite(.enabled(if: gitIsInstalled, "git is not installed"))
struct GitSafetyTests {
  typealias Offices = GitEngineTests.Offices

  /// Two clones whose edits of one field conflict; `b` has pulled and holds the conflict.
  static func conflicted() throws -> (Offices, String) {
    let offices = try Offices()
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.73", "--venue", "Aula A"], in: a)
    try offices.git(["commit", "-q", "-am", "venue A"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.73", "--venue", "Aula B"], in: b)
    try offices.git(["commit", "-q", "-am", "venue B"], in: b)
    let pulled = try offices.git(["pull", "--no-rebase", "origin", "main"], in: b, allowFailure: true)
    #expect(pulled.status != 0 && pulled.output.contains("CONFLICT"), "\(pulled.output)")
    return (offices, b)
  }

  /// What git itself says to do after a conflict (`git add` the file, `git commit`) is refused
  /// while `conflicts.json`, untracked, still holds the other office's value; so is every
  /// command that reads or writes the store; once resolved, the commit goes through.
  @Test func theCommitGitSuggests_isRefusedUntilSomeoneHasChosen() throws {
    let (offices, b) = try Self.conflicted()
    defer { offices.remove() }
    try offices.git(["add", "Data/mous.json"], in: b)
    let refused = try offices.git(["commit", "-q", "--no-edit"], in: b, allowFailure: true)
    #expect(refused.status != 0, "\(refused.output)")
    #expect(refused.output.contains("Commit refused: Data/conflicts.json lists conflicts"), "\(refused.output)")
    #expect(refused.output.contains("theirs \"Aula A\""), "the other office's value is named: \(refused.output)")
    for arguments in [
      ["list"], ["show", "32.73"], ["report"], ["export", "--format", "json"], ["map"],
      ["export", "--format", "site", "--output", offices.root + "/site"],
    ] {
      let outcome = try offices.smartcity(arguments, in: b)
      #expect(
        outcome.status == 65 && outcome.standardError.contains("conflicts.json lists merge conflicts nobody has resolved (1)"),
        "\(arguments)")
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json"))
    let write = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--venue", "X"], in: b)
    #expect(write.status == 65 && write.standardError.contains("remove Data/conflicts.json"), "\(write.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json")) == before)
    try FileManager.default.removeItem(atPath: offices.root + "/b/Data/conflicts.json")
    #expect(try offices.git(["commit", "-q", "--no-edit"], in: b).status == 0)
  }

  /// A merge commit git makes by itself (no conflict for git) runs `pre-merge-commit`, not
  /// `pre-commit`: it refuses a store that does not validate.
  @Test func aMergeCommit_ofAStoreThatDoesNotValidate_isRefused() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    // Office a commits, past its hook, a letter naming a region twice (the file reads; the rule
    // is broken); office b merges it, with a change of its own in another file.
    let letters = offices.root + "/a/Data/letters.json"
    let text = try String(contentsOfFile: letters, encoding: .utf8)
    try Data(
      text.replacingOccurrences(
        of: "\"regencies\": [\n      \"53.19\"\n    ]", with: "\"regencies\": [\n      \"53.19\",\n      \"53.19\"\n    ]"
      ).utf8
    )
    .write(to: URL(fileURLWithPath: letters))
    #expect(try offices.smartcity(["validate"], in: a).status == 65)
    try offices.git(["commit", "-q", "--no-verify", "-am", "a broken letter"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--venue", "Balai Kota"], in: b)
    try offices.git(["commit", "-q", "-am", "venue"], in: b)
    let head = try offices.git(["rev-parse", "HEAD"], in: b).output
    try offices.git(["fetch", "-q", "origin"], in: b)
    let merged = try offices.git(["merge", "--no-edit", "origin/main"], in: b, allowFailure: true)
    #expect(merged.status != 0 && merged.output.contains("names 53.19 twice"), "\(merged.output)")
    #expect(try offices.git(["rev-parse", "HEAD"], in: b).output == head, "no merge commit was made")
  }

  /// The driver reads each side as the loader does: a side the store refuses (a control
  /// character, a wrong type, an unknown field) or an empty one is not merged; ours stays as it
  /// was and git reports a conflict.
  @Test(arguments: [
    ("\"venue\": \"Aula\\u0007\"", "control character"), ("\"venue\": 5", "expected"),
    ("\"witness\": \"Budi\"", "witness"), ("", "empty"),
  ])
  func theDriver_refusesASideTheStoreRefuses(theirs edit: String, says: String) throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    let mous = offices.root + "/a/Data/mous.json"
    if edit.isEmpty {
      try Data().write(to: URL(fileURLWithPath: mous))
    } else {
      // The first MoU gains the field (a hand edit committed past the hook).
      let text = try String(contentsOfFile: mous, encoding: .utf8)
      let first = try #require(text.range(of: "\"accompaniedBy\": [],"))
      try Data(text.replacingCharacters(in: first, with: "\"accompaniedBy\": [],\n    \(edit),").utf8)
        .write(to: URL(fileURLWithPath: mous))
    }
    try offices.git(["commit", "-q", "--no-verify", "-am", "a hand edit"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--venue", "Balai Kota"], in: b)
    try offices.git(["commit", "-q", "-am", "venue"], in: b)
    let ours = try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json"))
    let pulled = try offices.git(["pull", "--no-rebase", "origin", "main"], in: b, allowFailure: true)
    #expect(pulled.status != 0, "\(pulled.output)")
    #expect(pulled.output.contains("CONFLICT"), "\(pulled.output)")
    #expect(pulled.output.lowercased().contains(says), "\(pulled.output)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json")) == ours)
  }

  /// A store folder's name is never run: the hooks quote every path, and `git-setup` writes an
  /// attribute line git applies to a folder with a space, or refuses (64) a name no pattern
  /// can hold exactly.
  @Test func folderNames_areNeverRunAndAlwaysApplied() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    for name in ["my data", "x$(touch PWNED)", "it's \"here\""] {
      try FileManager.default.copyItem(atPath: TestStore.fixture, toPath: offices.root + "/a/" + name)
      let setup = try CLI.run(["git-setup", "--hooks", "--data", name], directory: offices.root + "/a")
      #expect(setup.status == 0, "\(name): \(setup.standardError)")
      let applied = try offices.git(["check-attr", "merge", "diff", "--", name + "/mous.json"], in: a)
      #expect(applied.output.contains("merge: smartcity") && applied.output.contains("diff: smartcity"), "\(applied.output)")
      try offices.git(["add", "-A"], in: a)
      try offices.git(["commit", "-q", "-m", "a store named \(name)"], in: a)
    }
    #expect(!FileManager.default.fileExists(atPath: offices.root + "/a/PWNED"))
    try FileManager.default.copyItem(atPath: TestStore.fixture, toPath: offices.root + "/a/a*b")
    let attributes = try String(contentsOfFile: offices.root + "/a/.gitattributes", encoding: .utf8)
    let glob = try CLI.run(["git-setup", "--data", "a*b"], directory: offices.root + "/a")
    #expect(glob.status == 64 && glob.errorLines.first?.contains("git cannot apply its attributes") == true)
    #expect(try String(contentsOfFile: offices.root + "/a/.gitattributes", encoding: .utf8) == attributes)
  }

  /// `git diff` shows the field that changed, in a line that names its record, not each
  /// changed record whole.
  @Test func gitDiff_showsTheFieldThatChanged() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--venue", "Balai Kota Bekasi"], in: a)
    let diff = try offices.git(["diff", "--", "Data/mous.json"], in: a).output
    let changed = diff.split(separator: "\n").filter {
      ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---")
    }
    #expect(changed == ["+mou-2017-32.75 venue: Balai Kota Bekasi"], "\(diff)")
  }

  /// The hook's refusal names the user's file, not the temporary copy it validated.
  @Test func theHooksRefusal_namesTheUsersFile() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let mous = offices.root + "/a/Data/mous.json"
    try Data("[{".utf8).write(to: URL(fileURLWithPath: mous))
    try offices.git(["add", "-A"], in: a)
    let refused = try offices.git(["commit", "-q", "-m", "broken"], in: a, allowFailure: true)
    #expect(refused.status != 0 && refused.output.contains("Data/mous.json"), "\(refused.output)")
    #expect(!refused.output.contains("smartcity-"), "a temporary copy is named: \(refused.output)")
  }
}
