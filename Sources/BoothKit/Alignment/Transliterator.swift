internal import CICU

/// An ICU transliterator (utrans), e.g. "Any-Latin; Latin-ASCII; Lower" to compare names across scripts:
/// "Блинкен" → "blinken". Owns its handle; one per thread.
final class Transliterator {
    private let handle: OpaquePointer

    init?(id: String) {
        var status: Int32 = 0
        guard let handle = cicu_translit_open(id, &status), status <= 0 else { return nil }
        self.handle = handle
    }

    deinit { cicu_translit_close(handle) }

    func transliterate(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var capacity = bytes.count * 4 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let needed = bytes.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer {
                    cicu_translit_utf8(handle, source.baseAddress, Int32(source.count), $0.baseAddress, Int32(capacity), &status)
                }
            }
            if status > 0 { return text }
            if Int(needed) <= capacity { return String(decoding: output.prefix(Int(needed)), as: UTF8.self) }
            capacity = Int(needed)
        }
    }
}
