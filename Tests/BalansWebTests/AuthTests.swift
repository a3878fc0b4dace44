import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// A clock a test moves: sessions end and login waits pass without waiting.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now = Date()

    func read() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return now
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        now += seconds
    }
}

/// The web application with the parts of the login a test looks into.
struct AuthFixture {
    var store: Store
    var location: String
    var app: WebApp
    var clock: TestClock

    init(
        _ backend: TestBackend, secure: Bool = false, limiter: LoginLimiter = LoginLimiter(),
        hasher: PasswordHasher = PasswordHasher()
    ) async throws {
        let dir = FileManager.default.temporaryDirectory
        location = try await backend.copy(of: WebFixture.demo(backend).get(), in: dir, name: "balans-auth")
        store = try await Store(path: location, create: false)
        let clock = TestClock()
        self.clock = clock
        app = WebApp(store: store, secureCookies: secure, limiter: limiter, hasher: hasher, clock: { clock.read() })
    }

    func run(_ body: @Sendable (inout Browser) async throws -> Void) async throws {
        try await Application(router: app.router()).test(.router) { client in
            var browser = Browser(client: client)
            try await body(&browser)
        }
    }
}

/// Issue 13, item 6: a login cannot take the server down, nor lock the real user out.
@Suite struct LoginLimitTests {
    @Test func hashingRunsOffTheCooperativePoolAtMostWorkersAtOnce() async throws {
        let hasher = PasswordHasher(workers: 2, queueLimit: 2)
        let gate = DispatchSemaphore(value: 0)
        let tasks = (0..<4).map { _ in
            Task {
                try await hasher.run { () -> Bool in
                    gate.wait()
                    return withUnsafeCurrentTask { $0 == nil }  // a thread of its own, no task's
                }
            }
        }
        while true {
            let (running, queued) = (await hasher.running, await hasher.queued)
            if running == 2 && queued == 2 { break }
            try await Task.sleep(for: .milliseconds(1))
        }
        // Two hashing, two waiting: the next is refused at once.
        await #expect(throws: PasswordHasher.Busy.self) { try await hasher.run { true } }
        for _ in 0..<4 { gate.signal() }
        for t in tasks { #expect(try await t.value) }
        #expect(await hasher.peak == 2)
        #expect(await hasher.running == 0)
    }

    @Test func aFullHasherAnswers503WithRetryAfter() async throws {
        let hasher = PasswordHasher(workers: 1, queueLimit: 0)
        let gate = DispatchSemaphore(value: 0)
        let blocker = Task { try await hasher.run { gate.wait() } }
        while await hasher.running < 1 { try await Task.sleep(for: .milliseconds(1)) }
        let outcome = await Task {
            try await AuthFixture(.sqlite, hasher: hasher).run { b in
                let r = try await b.login("central")
                #expect(r.status == .serviceUnavailable && r.headers[.retryAfter] == "1")
                #expect(String(buffer: r.body).contains("Många loggar in just nu"))
            }
        }.result
        gate.signal()
        try await blocker.value
        try outcome.get()
    }

    /// An unknown name is checked against a dummy hash of the stored hashes' cost (the demo's
    /// users have cost 10; the dummy used to have 12, four times as slow).
    @Test(arguments: TestBackend.all) func theDummyHashHasTheStoredHashesCost(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        let five = Auth.hashPassword("ett långt lösenord", cost: 5)
        try await store.addUser(name: "a", passwordHash: five, role: .central, node: "")
        try await store.addUser(name: "b", passwordHash: five, role: .reader, node: "")
        try await store.addUser(
            name: "c", passwordHash: Auth.hashPassword("ett långt lösenord", cost: 4), role: .reader, node: "")
        let unknown = try await store.loginLookup(name: "nobody")
        #expect(unknown.user == nil && unknown.usualCost == 5)
        let dummy = WebApp.hashToVerify(unknown.user?.passwordHash, usualCost: unknown.usualCost)
        #expect(Auth.cost(ofHash: dummy) == 5 && Auth.cost(ofHash: five) == 5)
        #expect(!Auth.verify("ett långt lösenord", hash: dummy))
        let known = try await store.loginLookup(name: "a")
        #expect(WebApp.hashToVerify(known.user?.passwordHash, usualCost: known.usualCost) == five)

        let demo = try await WebFixture.store(backend)
        let demoUnknown = try await demo.loginLookup(name: "okänd")
        #expect(demoUnknown.usualCost == 10)
        #expect(Auth.cost(ofHash: WebApp.hashToVerify(nil, usualCost: demoUnknown.usualCost)) == 10)
        #expect(
            Auth.cost(
                ofHash: WebApp.hashToVerify(nil, usualCost: try await backend.store().loginLookup(name: "x").usualCost))
                == 12)
    }

    @Test func theLimiterBacksOffPerNameAndAddress() async {
        let limiter = LoginLimiter()
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        for _ in 0..<3 {
            #expect(await limiter.retryAfter(name: "anna", address: "10.0.0.1", now: now) == nil)
            await limiter.failed(name: "anna", address: "10.0.0.1", now: now)
        }
        #expect(await limiter.retryAfter(name: "anna", address: "10.0.0.1", now: now) == nil)  // three are free
        var waits: [TimeInterval] = []
        for _ in 0..<9 {
            await limiter.failed(name: "anna", address: "10.0.0.1", now: now)
            let wait = await limiter.retryAfter(name: "anna", address: "10.0.0.1", now: now) ?? 0
            waits.append(wait)
            now += wait
            #expect(await limiter.retryAfter(name: "anna", address: "10.0.0.1", now: now) == nil)
        }
        // A growing wait of at most a minute, never a lockout of a quarter of an hour.
        #expect(waits == [1, 2, 4, 8, 16, 32, 60, 60, 60])
        await limiter.failed(name: "anna", address: "10.0.0.1", now: now)
        // Anna herself, at another address, is not held up by the guesses.
        #expect(await limiter.retryAfter(name: "anna", address: "10.0.0.2", now: now) == nil)
        #expect(await limiter.retryAfter(name: "bo", address: "10.0.0.1", now: now) == nil)
        // A right password forgets the name's failures at that address.
        await limiter.succeeded(name: "anna", address: "10.0.0.1")
        #expect(await limiter.retryAfter(name: "anna", address: "10.0.0.1", now: now) == nil)
    }

    @Test func theLimiterBacksOffPerAddressAcrossNames() async {
        let limiter = LoginLimiter()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for i in 0..<21 { await limiter.failed(name: "namn\(i)", address: "10.0.0.9", now: now) }
        #expect(await limiter.retryAfter(name: "ett-nytt-namn", address: "10.0.0.9", now: now) == 1)
        #expect(await limiter.retryAfter(name: "ett-nytt-namn", address: "10.0.0.8", now: now) == nil)
        // A success (an account of the guesser's own) does not clear the address.
        await limiter.succeeded(name: "namn0", address: "10.0.0.9")
        #expect(await limiter.retryAfter(name: "namn0", address: "10.0.0.9", now: now) == 1)
    }

    /// Every failed name used to stay in memory for good: now each table holds at most its
    /// capacity, forgotten entries go first, and the newest failure is always kept.
    @Test func theLimiterEvictsToItsCapacity() async {
        let limiter = LoginLimiter(capacity: 100)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for i in 0..<1000 {
            await limiter.failed(name: "namn-\(i)", address: "10.0.\(i / 250).\(i % 250)", now: start + Double(i))
            let (pairs, addresses) = (await limiter.pairs.count, await limiter.addresses.count)
            #expect(pairs <= 100 && addresses <= 100)
        }
        #expect(await limiter.pairs[LoginLimiter.pairKey("namn-999", "10.0.3.249")]?.failures == 1)
        // A quarter of an hour later every entry is forgotten: the next failure empties the table.
        await limiter.failed(name: "sen", address: "10.9.9.9", now: start + 1000 + 15 * 60)
        #expect(await limiter.pairs.count == 1)
        #expect(await limiter.addresses.count == 1)
        #expect(await limiter.pairs.keys.contains(LoginLimiter.pairKey("sen", "10.9.9.9")))
    }

    @Test func theClientAddressTrustsOnlyALocalProxy() {
        #expect(WebContext.clientAddress(peer: "192.0.2.7", forwardedFor: "198.51.100.1") == "192.0.2.7")
        #expect(WebContext.clientAddress(peer: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.9") == "203.0.113.9")
        #expect(WebContext.clientAddress(peer: "::1", forwardedFor: "203.0.113.9") == "203.0.113.9")
        #expect(WebContext.clientAddress(peer: "127.0.0.1", forwardedFor: nil) == "127.0.0.1")
        #expect(WebContext.clientAddress(peer: nil, forwardedFor: "203.0.113.9") == "")
    }

    /// Five wrong passwords used to lock the user out for fifteen minutes: now the answer is
    /// a short wait with Retry-After, and the right password after it logs in.
    @Test(arguments: TestBackend.all) func aWrongPasswordBacksOffAndTheRightOneWorksAfterTheWait(_ backend: TestBackend)
        async throws
    {
        let fixture = try await AuthFixture(backend)
        try await fixture.run { b in
            for _ in 0..<4 { #expect(try await b.login("central", "fel").status == .unauthorized) }
            let refused = try await b.login("central")
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] == "1")
            #expect(try await b.login("hs").status == .seeOther)  // another user is not held up
            fixture.clock.advance(1)
            #expect(try await b.login("central").status == .seeOther)
        }
    }

    /// Over a real connection from this machine (a proxy's place), the address is the one
    /// X-Forwarded-For ends with: the guesses from one address hold up that address only.
    /// The server and the client run on an executor of their own: the CLI tests' synchronous
    /// waits for child processes can hold every cooperative thread for longer than the client's
    /// 20 s read timeout (they did, on two cores, in a full run).
    @Test func theLimitsFollowTheForwardedAddressOfALocalProxy() async throws {
        let fixture = try await AuthFixture(.sqlite)
        let executor = QueueExecutor(label: "login-limit-test")
        try await withTaskExecutorPreference(executor) {
            try await liveLogins(fixture)
        }
    }

    func liveLogins(_ fixture: AuthFixture) async throws {
        try await Application(router: fixture.app.router()).test(.live) { client in
            func login(from address: String, _ password: String) async throws -> TestResponse {
                let forwarded: HTTPFields = [.init("X-Forwarded-For")!: "198.51.100.1, \(address)"]
                let page = try await client.execute(uri: "/login", method: .get)
                let cookie = try #require(page.headers[values: .setCookie].first?.split(separator: ";").first)
                let csrf = try #require(Browser.csrf(in: String(buffer: page.body)))
                var headers = forwarded
                headers[.cookie] = String(cookie)
                headers[.contentType] = "application/x-www-form-urlencoded"
                let body = "csrf=\(csrf)&name=central&password=\(password)"
                return try await client.execute(
                    uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: body))
            }
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<4 { statuses.append(try await login(from: "203.0.113.1", "fel").status) }
            statuses.append(try await login(from: "203.0.113.1", "balans-demo").status)
            statuses.append(try await login(from: "203.0.113.2", "balans-demo").status)
            #expect(
                statuses == [.unauthorized, .unauthorized, .unauthorized, .unauthorized, .tooManyRequests, .seeOther])
        }
    }

    /// A name longer than any user's is refused before the limiter and the hashing: nothing
    /// remembered, no bcrypt round.
    @Test func anOverlongNameIsNeitherHashedNorRemembered() async throws {
        let limiter = LoginLimiter()
        let hasher = PasswordHasher()
        let fixture = try await AuthFixture(.sqlite, limiter: limiter, hasher: hasher)
        try await fixture.run { b in
            let long = try await b.login(String(repeating: "x", count: 65), "fel")
            #expect(
                long.status == .badRequest && String(buffer: long.body).contains("Fel användarnamn eller lösenord."))
            #expect(await limiter.pairs.isEmpty)
            #expect(await limiter.addresses.isEmpty)
            #expect(await hasher.peak == 0)
            #expect(try await b.login(String(repeating: "x", count: 64), "fel").status == .unauthorized)
            #expect(await limiter.pairs.count == 1)
            #expect(await hasher.peak == 1)
        }
    }
}

/// Issue 13, item 7: a removed user, a changed password or role and an ended session stop
/// working at the next request, also where the session was cached.
@Suite struct SessionRevocationTests {
    static func loggedOut(_ r: TestResponse) -> Bool { r.status == .seeOther && r.headers[.location] == "/login" }

    @Test(arguments: TestBackend.all) func storeChangesEndCachedSessionsAtOnce(_ backend: TestBackend) async throws {
        let fixture = try await AuthFixture(backend)
        let store = fixture.store
        try await fixture.run { b in
            try await b.login("hs")
            // The second from the cache.
            for _ in 0..<2 { #expect(try await b.get("/namnd/HS?period=2024-04").status == .ok) }
            try await store.setRole(name: "hs", role: .reader, node: "")
            #expect(Self.loggedOut(try await b.get("/namnd/HS?period=2024-04")))
            try await b.login("hs")
            #expect(try await b.get("/").headers[.location] == "/rapporter")  // the new role
            #expect(try await b.get("/rapporter").status == .ok)

            try await store.setPassword(name: "hs", passwordHash: Auth.hashPassword("ett nytt lösenord", cost: 4))
            #expect(Self.loggedOut(try await b.get("/rapporter")))
            #expect(try await b.login("hs").status == .unauthorized)
            #expect(try await b.login("hs", "ett nytt lösenord").status == .seeOther)
            #expect(try await b.get("/rapporter").status == .ok)

            try await store.removeUser(name: "hs")
            #expect(Self.loggedOut(try await b.get("/rapporter")))
            #expect(try await b.get("/api/ratios?period=2024-04&org=HS").status == .unauthorized)
            #expect(try await b.login("hs", "ett nytt lösenord").status == .unauthorized)
        }
    }

    /// The `balans user` commands in another process, with the server running: SQLite's
    /// data_version moves at once; PostgreSQL's change counter is asked at most every 100 ms,
    /// so there the session ends within that (asked again until it has, for at most 5 s).
    @Test(arguments: TestBackend.all) func theUserCommandsEndARunningServersSessions(_ backend: TestBackend)
        async throws
    {
        let fixture = try await AuthFixture(backend)
        let db = fixture.location
        try await fixture.run { b in
            func requestsUntilLoggedOut(_ b: inout Browser) async throws -> Int? {
                for attempt in 1...500 {
                    let r = try await b.get("/rapporter")
                    if Self.loggedOut(r) { return attempt }
                    #expect(r.status == .ok)
                    try await Task.sleep(for: .milliseconds(10))
                }
                return nil
            }
            func expectEnded(_ b: inout Browser, after command: [String]) async throws {
                let attempts = try await requestsUntilLoggedOut(&b)
                #expect(attempts != nil, "\(command): the session goes on")
                if backend == .sqlite { #expect(attempts == 1, "\(command)") }
            }

            try await b.login("central")
            #expect(try await b.get("/rapporter").status == .ok)
            try await runBalans(["user", "role", "central", "--role", "reader", "--db", db])
            try await expectEnded(&b, after: ["role"])

            try await b.login("central")
            #expect(try await b.get("/rapporter").status == .ok)
            try await runBalans(["user", "passwd", "central", "--db", db], input: "ett nytt lösenord\n")
            try await expectEnded(&b, after: ["passwd"])

            #expect(try await b.login("central", "ett nytt lösenord").status == .seeOther)
            #expect(try await b.get("/rapporter").status == .ok)
            try await runBalans(["user", "remove", "central", "--db", db])
            try await expectEnded(&b, after: ["remove"])
        }
    }

    /// A cached session ends at its end time, as the stored one does (the cache used to serve
    /// it for a minute after it was read, whatever its end).
    @Test(arguments: TestBackend.all) func anExpiredSessionNeverWorks(_ backend: TestBackend) async throws {
        let fixture = try await AuthFixture(backend)
        try await fixture.run { b in
            try await b.login("central")
            #expect(try await b.get("/rapporter").status == .ok)
            fixture.clock.advance(TimeInterval(Auth.lifetime - 1))
            #expect(try await b.get("/rapporter").status == .ok)  // cached, still live
            fixture.clock.advance(2)
            #expect(Self.loggedOut(try await b.get("/rapporter")))
        }
    }

    func runBalans(_ arguments: [String], input: String = "") async throws {
        let r = try await runProcess(WebFixture.binary, arguments, input: Data(input.utf8))
        #expect(r.status == 0, "\(arguments): \(String(decoding: r.stderr, as: UTF8.self))")
    }
}
