// A typed call of every operation with openapi-fetch, over the types openapi-typescript makes from the
// spec. `tsc --noEmit --strict` compiles it in make check; nothing runs it.
import createClient from "openapi-fetch";
import type { components, paths } from "../../build/typescript/schema";

type Schemas = components["schemas"];

const client = createClient<paths>({
  baseUrl: "https://management-api.x.ai",
  headers: { Authorization: "Bearer <management key>" },
});
const team = { path: { team_id: "65c1e471-205f-4566-9c5a-07198bcdf4ce" } };

export async function everyOperation(): Promise<string[]> {
  const seen: string[] = [];

  const info = await client.GET("/v1/billing/teams/{team_id}/billing-info", { params: team });
  const email: string | undefined = info.data?.billingInfo?.email;
  seen.push(email ?? "");
  await client.POST("/v1/billing/teams/{team_id}/billing-info", {
    params: team,
    body: { billingInfo: { name: "Acme Inc.", address: { country: "US" } } },
  });

  const invoices = await client.GET("/v1/billing/teams/{team_id}/invoices", {
    params: { ...team, query: { "since.year": 2025, "since.month": 1 } },
  });
  for (const invoice of invoices.data?.invoices ?? []) {
    const status: Schemas["InvoiceStatus"] | undefined = invoice.invoiceStatus;
    seen.push(`${invoice.total ?? "0"} ${status ?? ""}`);
  }

  const methods = await client.GET("/v1/billing/teams/{team_id}/payment-method", { params: team });
  seen.push(methods.data?.paymentMethods?.[0]?.cardDetails?.brand ?? "");
  await client.POST("/v1/billing/teams/{team_id}/payment-method/default", {
    params: team,
    body: { paymentMethodId: "pm_1Rlink" },
  });

  const preview = await client.GET("/v1/billing/teams/{team_id}/postpaid/invoice/preview", { params: team });
  seen.push(preview.data?.coreInvoice?.prepaidCredits?.val ?? "0");

  const limits = await client.GET("/v1/billing/teams/{team_id}/postpaid/spending-limits", { params: team });
  seen.push(limits.data?.spendingLimits?.effectiveSl?.val ?? "0");
  await client.POST("/v1/billing/teams/{team_id}/postpaid/spending-limits", {
    params: team,
    body: { desiredSoftSpendingLimit: {} }, // zero: prepaid credit only
  });

  const balance = await client.GET("/v1/billing/teams/{team_id}/prepaid/balance", { params: team });
  for (const change of balance.data?.changes ?? []) {
    const origin: Schemas["ChangeOrigin"] | undefined = change.changeOrigin;
    seen.push(`${origin ?? ""} ${change.amount?.val ?? "0"}`);
  }
  const topUp = await client.POST("/v1/billing/teams/{team_id}/prepaid/top-up", {
    params: team,
    body: { amount: { val: "500" } },
  });
  seen.push(topUp.data?.change?.topupStatus ?? "");

  const usage = await client.POST("/v1/billing/teams/{team_id}/usage", {
    params: team,
    body: {
      analyticsRequest: {
        timeRange: { startTime: "2025-10-01 00:00:00", endTime: "2025-10-08 00:00:00", timezone: "Etc/GMT" },
        timeUnit: "TIME_UNIT_DAY",
        values: [{ name: "usd", aggregation: "AGGREGATION_SUM" }],
        groupBy: ["description"],
      },
    },
  });
  for (const series of usage.data?.timeSeries ?? []) {
    for (const point of series.dataPoints ?? []) {
      // A double or "NaN", "Infinity", "-Infinity": written without `type` (spec 3.0.0), so `unknown` here.
      const value: unknown = point.values?.[0];
      seen.push(String(value));
    }
  }
  return seen;
}
