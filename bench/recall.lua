-- GET /api/v1/recalls?ingredientId=…&lotNumber=… as the run's pharmacist, rotating over the seeded lots that are
-- at every scale (each in the preparations of the same 100 orders).
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function requests(params)
    local list = {}
    for _, lot in ipairs(params.lots) do
        list[#list + 1] = get("/api/v1/recalls?ingredientId=" .. params.recallIngredient .. "&lotNumber=" .. lot,
            params.pharmacist)
    end
    return list
end
