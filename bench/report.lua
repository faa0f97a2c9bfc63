-- Shared by every endpoint script of the service benchmark (bench/run): loads the run's parameters (the Lua file
-- named after wrk's "--", written by the orchestrator: tokens, ids, lots), counts the answers by status in each
-- thread, and prints one "BENCH-RESULT {json}" line at the end that the orchestrator parses.
-- An endpoint script defines requests(params), returning the list of ready-made requests to rotate through.

local threads = {}
local counter = 0

function setup(thread)
    thread:set("offset", #threads * 7919)
    table.insert(threads, thread)
end

statuses = {}
local prepared

function init(args)
    local params = dofile(args[1])
    prepared = requests(params)
    counter = (offset or 0) % #prepared
end

function request()
    counter = counter % #prepared + 1
    return prepared[counter]
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

-- a GET with the bearer token of the run's pharmacist (or none)
function get(path, token)
    local headers = {}
    if token then
        headers["Authorization"] = "Bearer " .. token
    end
    return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
    local merged = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            merged[status] = (merged[status] or 0) + count
        end
    end
    local byStatus = {}
    for status, count in pairs(merged) do
        byStatus[#byStatus + 1] = string.format('"%d": %d', status, count)
    end
    local errors = summary.errors
    io.write(string.format(
        'BENCH-RESULT {"requests": %d, "durationMicros": %d, "errors": {"connect": %d, "read": %d, "write": %d, '
            .. '"status": %d, "timeout": %d}, "latencyMicros": {"p50": %d, "p95": %d, "p99": %d, "max": %d, '
            .. '"mean": %.1f}, "statuses": {%s}}\n',
        summary.requests, summary.duration, errors.connect, errors.read, errors.write, errors.status, errors.timeout,
        latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
        table.concat(byStatus, ", ")))
end
