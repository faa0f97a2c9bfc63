-- GET /api/v1/orders/{id} as the run's pharmacist, rotating over the sample of seeded orders.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function requests(params)
    local list = {}
    for _, id in ipairs(params.orders) do
        list[#list + 1] = get("/api/v1/orders/" .. id, params.pharmacist)
    end
    return list
end
