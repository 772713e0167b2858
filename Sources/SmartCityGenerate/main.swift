// Writes the code generated from Sources/RecordDeclarations into Sources/ProgrammeCore/Generated.
// Run from the package's root: `swift run smartcity-generate`. `swift test` fails while a
// generated file is out of date.
import RecordDeclarations

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

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
var changed = 0
for file in GeneratedFile.all() {
  let url = root.appendingPathComponent(file.path)
  if (try? String(contentsOf: url, encoding: .utf8)) == file.contents { continue }
  do {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try file.contents.write(to: url, atomically: true, encoding: .utf8)
    print("wrote \(file.path)")
    changed += 1
  } catch {
    let message = "smartcity-generate: cannot write \(file.path): \(error)\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(1)
  }
}
if changed == 0 { print("the generated files are current") }
