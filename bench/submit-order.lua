-- POST /api/v1/orders: the contract's sertraline example (the orchestrator's orderBody, every check runs), for
-- each prescriber's own patients in turn, with that prescriber's token; each request creates an order.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function requests(params)
    local list = {}
    for _, prescriber in ipairs(params.prescribers) do
        local headers = { ["Authorization"] = "Bearer " .. prescriber.token, ["Content-Type"] = "application/json" }
        for _, patient in ipairs(prescriber.patients) do
            local body = params.orderBody:gsub('"patientId":0', '"patientId":' .. patient, 1)
            list[#list + 1] = wrk.format("POST", "/api/v1/orders", headers, body)
        end
    end
    return list
end
