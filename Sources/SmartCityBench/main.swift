import Foundation
import ProgrammeCore

// smartcity-bench: builds smartcity in release mode, generates synthetic stores of 1k to 1M
// MoUs, and times whole processes of the main commands against jq answering the same question
// on the same files. Run by hand: `swift run -c release smartcity-bench [--sizes 1000,100000]
// [--runs 5] [--shipped-only]`. Prints a Markdown table for BENCHMARKS.md.

// Helper modes, run as subprocesses so that this process stays small: a child started from a
// large process inherits its peak memory figure (Linux carries it over on exec).
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--generate", let count = Int(CommandLine.arguments[2]) {
  try Store.create(at: CommandLine.arguments[3], holding: try SyntheticStore.registry(mous: count))
  exit(0)
}
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--write-once" {
  let registry = try Store(directory: CommandLine.arguments[2]).load()
  let start = Date()
  try Store.create(at: CommandLine.arguments[3], holding: registry)
  print(Date().timeIntervalSince(start) * 1000)
  exit(0)
}

// A store of `count` MoUs written to TARGET, and a CSV of `count` more (the same synthetic
// programme, other regions and cohorts) for `import` to add.
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "--split-import", let count = Int(CommandLine.arguments[2]) {
  var registry = try SyntheticStore.registry(mous: count * 2)
  let sorted = registry.mous.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
  // Every other MoU goes to the file, so both halves span every cohort.
  var imported = registry
  imported.mous = sorted.enumerated().filter { $0.offset % 2 == 1 }.map { $0.element }
  registry.mous = sorted.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element }
  try Store.create(at: CommandLine.arguments[3], holding: registry)
  let csv = CSVWriter().string(for: RecordCSV(.mous).table(imported))
  try Data(csv.utf8).write(to: URL(fileURLWithPath: CommandLine.arguments[4]))
  exit(0)
}

// A store at DIR with `count` of its MoUs given another venue, from the `offset`-th on (every
// 997th), as an office's week of corrections: what `diff` and the merge driver are timed on.
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "--mutate", let count = Int(CommandLine.arguments[3]),
  let offset = Int(CommandLine.arguments[4])
{
  try Store(directory: CommandLine.arguments[2]).update { (registry: inout Registry) throws(ProgrammeError) in
    for index in 0..<count {
      let position = (offset + index * 997) % registry.mous.count
      registry.mous[position].venue = "Corrected venue \(offset)-\(index)"
    }
  }
  exit(0)
}

var sizes = [1_000, 10_000, 100_000, 1_000_000]
var runs = 5
var shippedOnly = false
var work = FileManager.default.currentDirectoryPath + "/.build/bench"
var words = CommandLine.arguments.dropFirst()
while let word = words.popFirst() {
  switch word {
  case "--sizes": sizes = (words.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }
  case "--runs": runs = Int(words.popFirst() ?? "") ?? runs
  case "--shipped-only": shippedOnly = true
  case "--work": work = words.popFirst() ?? work
  default:
    FileHandle.standardError.write(
      Data("usage: smartcity-bench [--sizes 1000,10000] [--runs 5] [--work DIR] [--shipped-only]\n".utf8))
    exit(64)
  }
}

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// The build the README recommends for daily use: release, with the Swift standard library and
/// (on Linux) the C library linked in, so that nothing is loaded at start-up.
#if os(Linux)
  let releaseBuild = "swift build -c release --static-swift-stdlib -Xswiftc -static-executable"
#else
  let releaseBuild = "swift build -c release --static-swift-stdlib"
#endif

log("building smartcity (\(releaseBuild))...")
let build = Runner.run("\(releaseBuild) --product smartcity >&2")
guard build.status == 0 else {
  log("build failed")
  exit(1)
}
let binary = FileManager.default.currentDirectoryPath + "/.build/release/smartcity"
let hasJQ = Runner.run("command -v jq").status == 0
if !hasJQ { log("jq not found (apt-get install jq): its columns stay empty") }

struct Row {
  var size: Int
  var command: String
  var ours: Runner.Measurement
  var jq: Runner.Measurement?
  var note = ""
}
var rows: [Row] = []

/// The median time of the tool writing a whole store: every collection serialised, written to
/// a new folder and flushed to the disk.
func measureWrite(of directory: String, runs: Int) throws -> Runner.Measurement {
  var times: [Double] = []
  for run in 0..<runs {
    let target = "\(directory)-write-\(run)"
    try? FileManager.default.removeItem(atPath: target)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--write-once", directory, target]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    times.append(Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan)
    try? FileManager.default.removeItem(atPath: target)
  }
  return Runner.Measurement(milliseconds: times.sorted()[times.count / 2], peakKilobytes: 0, status: 0)
}

@MainActor func measureShipped() {
  let data = FileManager.default.currentDirectoryPath + "/Data"
  let shippedCount = (try? Store(directory: data).load().mous.count) ?? 0
  // Whole processes started directly (no shell), beside a static hello world built the same
  // way: the floor any command stands on. Two floors: built as smartcity is, and with only the
  // Swift standard library linked in (the C library loaded at start-up), as the first sessions
  // measured. All are run in turns (`interleavedMedians`), so that each ratio to the floor is
  // measured in the same minutes.
  var programs: [(command: String, size: Int, argv: [String])] = []
  for (build, name, folder) in [
    (releaseBuild, "static hello world", "hello"),
    ("swift build -c release --static-swift-stdlib", "hello world, static Swift only", "hello-swift-static"),
  ] {
    if let hello = buildHelloWorld(with: build, in: folder) {
      programs.append(("\(name) (baseline, \(megabytes(hello)) MB)", 0, [hello]))
    }
  }
  programs.append(("smartcity --version (binary \(megabytes(binary)) MB)", 0, [binary, "--version"]))
  for arguments in [
    ["list", "--cohort", "2021", "--format", "json"], ["list"], ["report", "--format", "json"], ["report"],
    ["show", "53.19"], ["regencies"], ["sources"],
  ] {
    programs.append((arguments.joined(separator: " ") + " (shipped Data/)", shippedCount, [binary, "--data", data] + arguments))
  }
  let medians = Runner.interleavedMedians(max(runs, 40), direct: programs.map(\.argv))
  let floor = programs.first?.command.hasPrefix("static hello world") == true ? medians.first?.milliseconds : nil
  for (program, measurement) in zip(programs, medians) {
    // Each read as a multiple of the static hello world's time (the target is 2.5 at most).
    let note = program.size > 0 ? floor.map { String(format: "%.1f× hello world", measurement.milliseconds / $0) } ?? "" : ""
    rows.append(Row(size: program.size, command: program.command, ours: measurement, jq: nil, note: note))
  }
  let site = Runner.median(runs) { _ in "'\(binary)' --data '\(data)' export --format site --output '\(work)/site-shipped'" }
  rows.append(Row(size: shippedCount, command: "export --format site (shipped Data/)", ours: site, jq: nil))
}

/// A binary's size in megabytes, one decimal.
func megabytes(_ path: String) -> String {
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  return String(format: "%.1f", Double(size) / 1_048_576)
}

/// `print("hello")` built by a build command, in the named folder of the bench's work folder;
/// `nil` if it cannot be built.
@MainActor func buildHelloWorld(with build: String, in name: String) -> String? {
  let folder = work + "/" + name
  try? FileManager.default.createDirectory(atPath: folder + "/Sources/hello", withIntermediateDirectories: true)
  let manifest = """
    // swift-tools-version:6.0
    import PackageDescription
    let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])

    """
  try? Data(manifest.utf8).write(to: URL(fileURLWithPath: folder + "/Package.swift"))
  try? Data("print(\"hello\")\n".utf8).write(to: URL(fileURLWithPath: folder + "/Sources/hello/main.swift"))
  let built = Runner.run("cd '\(folder)' && \(build) >&2")
  return built.status == 0 ? folder + "/.build/release/hello" : nil
}

/// `import` of 20,000 MoUs from CSV into a store of 20,000: a fresh copy of the store for each
/// run, made before the clock starts.
@MainActor func measureImport(count: Int) {
  let directory = "\(work)/import-\(count)"
  let csv = "\(work)/import-\(count).csv"
  try? FileManager.default.removeItem(atPath: directory)
  try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
  guard Runner.run("'\(CommandLine.arguments[0])' --split-import \(count) '\(directory)' '\(csv)'").status == 0 else {
    log("preparing the import failed")
    exit(1)
  }
  for run in -1..<runs {
    _ = Runner.run("rm -rf '\(directory)-\(run)' && cp -r '\(directory)' '\(directory)-\(run)'")
  }
  log("  import \(count) MoUs")
  let measurement = Runner.median(runs) { run in "'\(binary)' --data '\(directory)-\(run)' import '\(csv)'" }
  rows.append(Row(size: count, command: "import \(count) MoUs from CSV (store of \(count))", ours: measurement, jq: nil))
  for run in -1..<runs { try? FileManager.default.removeItem(atPath: "\(directory)-\(run)") }
}

/// `diff` of two revisions of a store of `count` MoUs that differ in 100 records, and the merge
/// driver on the three versions of `mous.json` (two branches of 100 corrections each), in a
/// git repository; the merge row includes copying OURS afresh for each run.
@MainActor func measureGit(count: Int) {
  let folder = "\(work)/git-\(count)"
  try? FileManager.default.removeItem(atPath: folder)
  let git = "git -C '\(folder)' -c user.name=bench -c user.email=bench@example.org"
  let me = "'\(CommandLine.arguments[0])'"
  let steps = [
    "mkdir -p '\(folder)' && \(me) --generate \(count) '\(folder)/Data'",
    "\(git) init -q -b main && \(git) add -A && \(git) commit -q -m base",
    "\(git) checkout -q -b left && \(me) --mutate '\(folder)/Data' 100 1 && \(git) commit -q -am left",
    "\(git) checkout -q main && \(me) --mutate '\(folder)/Data' 100 500 && \(git) commit -q -am right",
    "\(git) show main~1:Data/mous.json > '\(folder)/base.json' && \(git) show main:Data/mous.json > '\(folder)/ours.json'"
      + " && \(git) show left:Data/mous.json > '\(folder)/theirs.json'",
  ]
  for step in steps where Runner.run(step).status != 0 {
    log("preparing the git repository failed: \(step)")
    return
  }
  log("  diff of two revisions of \(count) MoUs (100 records apart)")
  let diff = Runner.median(runs) { _ in "'\(binary)' --data '\(folder)/Data' diff main~1 main" }
  rows.append(Row(size: count, command: "diff main~1 main (100 records changed)", ours: diff, jq: nil))
  log("  merge-driver on mous.json")
  let merge = Runner.median(runs) { _ in
    "cp '\(folder)/ours.json' '\(folder)/merged.json' && cd '\(folder)' && '\(binary)' merge-driver base.json merged.json theirs.json Data/mous.json"
  }
  rows.append(Row(size: count, command: "merge-driver mous.json (100 + 100 records changed)", ours: merge, jq: nil))
}

measureShipped()
if shippedOnly { sizes = [] } else { measureImport(count: 20_000) }
if shippedOnly {
  log("shipped store only: import, git and generated stores left out")
} else if Runner.run("command -v git").status == 0 {
  measureGit(count: 100_000)
} else {
  log("git not found: the diff and merge rows are left out")
}
for size in sizes {
  let directory = "\(work)/store-\(size)"
  log("generating \(size) MoUs in \(directory)...")
  try? FileManager.default.removeItem(atPath: directory)
  try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
  guard Runner.run("'\(CommandLine.arguments[0])' --generate \(size) '\(directory)'").status == 0 else {
    log("generating the store failed")
    exit(1)
  }
  let mous = "'\(directory)/mous.json'"
  let megabytes =
    Double((try? FileManager.default.attributesOfItem(atPath: "\(directory)/mous.json")[.size] as? Int) ?? 0) / 1_048_576
  log(String(format: "mous.json: %.1f MB", megabytes))
  let tool = "'\(binary)' --data '\(directory)'"
  let list = "list --cohort 2021 --format json"
  let jqList = """
    jq -n --slurpfile r '\(directory)/regencies.json' --slurpfile p '\(directory)/provinces.json' --slurpfile m \(mous) \
    '($r[0] | INDEX(.code)) as $R | ($p[0] | INDEX(.code)) as $P | [$m[0][] | select(.cohort == "2021") | $R[.regency] as $g \
    | {code: .regency, name: $g.name, kind: $g.kind, province: $P[$g.province].name, cohort, status: "signed", signedOn}] \
    | sort_by(.code)'
    """
  let jqReport = """
    jq '{years: (group_by(.signedOn[0:4]) | map({year: .[0].signedOn[0:4], mous: length, \
    regions: (map(.regency) | unique | length)})), cohorts: (group_by(.cohort) | map({id: .[0].cohort, \
    registered: (map(.regency) | unique | length)}))}' \(mous)
    """
  let jqShow = "jq --arg c 53.19 '[.[] | select(.regency == $c)]' \(mous)"
  let jqAdd = """
    jq '. + [{"id": "mou-bench-53.19", "regency": "53.19", "cohort": "bench", "signedOn": "2026-01-15", \
    "sources": [], "scope": [], "accompaniedBy": []}]' \(mous) > '\(work)/jq-add.json'
    """
  let jqRuns = size >= 1_000_000 ? max(1, runs / 2) : runs
  for (name, ours, jq) in [
    (list, "\(tool) \(list)", jqList), ("report --format json", "\(tool) report --format json", jqReport),
    ("show 53.19", "\(tool) show 53.19", jqShow),
  ] {
    log("  \(name)")
    let measurement = Runner.median(runs) { _ in ours }
    rows.append(Row(size: size, command: name, ours: measurement, jq: hasJQ ? Runner.median(jqRuns) { _ in jq } : nil))
  }
  log("  add-mou")
  let codes = ReferenceData.regencyCodes
  let add = Runner.median(runs) { run in "\(tool) add-mou --regency \(codes[run + 1]) --cohort bench --date 2026-01-15" }
  // What add-mou is held against: one full read of the store (a whole `show` process, which
  // reads and checks every collection) plus one full write of it by the tool (every file
  // serialised, written and flushed, timed in this process).
  let read = Runner.median(runs) { _ in "\(tool) show 53.19 --format json" }
  let write = try measureWrite(of: directory, runs: runs)
  rows.append(
    Row(
      size: size, command: "add-mou", ours: add, jq: hasJQ ? Runner.median(jqRuns) { _ in jqAdd } : nil,
      note: String(
        format: "read+write %.0f ms: %.2f×", read.milliseconds + write.milliseconds,
        add.milliseconds / max(read.milliseconds + write.milliseconds, 0.001))))
  if size <= 100_000 {
    log("  export --format site")
    let site = Runner.median(size >= 100_000 ? min(runs, 3) : runs) { _ in
      "\(tool) export --format site --output '\(work)/site-\(size)'"
    }
    rows.append(Row(size: size, command: "export --format site (pages per region, cohort, province)", ours: site, jq: nil))
  }
  rows.append(
    Row(
      size: size, command: "(store size)",
      ours: Runner.Measurement(milliseconds: 0, peakKilobytes: Int(megabytes * 1024), status: 0), jq: nil))
}

print("| MoUs | command | median ms | peak RSS MB | jq median ms | jq peak RSS MB | ratio to jq | note |")
print("|---:|---|---:|---:|---:|---:|---:|---|")
for row in rows {
  if row.command == "(store size)" {
    print(String(format: "| %d | mous.json size | | %.1f | | | | |", row.size, Double(row.ours.peakKilobytes) / 1024))
    continue
  }
  let jq = row.jq.map { String(format: "%.0f", $0.milliseconds) } ?? ""
  let ratio = row.jq.map { String(format: "%.2f", row.ours.milliseconds / max($0.milliseconds, 0.001)) } ?? ""
  let failed = row.ours.status != 0 ? " (exit \(row.ours.status))" : ""
  let jqMemory = row.jq.map { String(format: "%.0f", Double($0.peakKilobytes) / 1024) } ?? ""
  print(
    String(
      format: "| %d | %@ | %.1f | %.1f | %@ | %@ | %@ | %@ |", row.size, row.command + failed, row.ours.milliseconds,
      Double(row.ours.peakKilobytes) / 1024, jq, jqMemory, ratio, row.note))
}
