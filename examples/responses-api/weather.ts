import type OpenAI from 'openai';

/** The tool the model may call, as the Responses API describes a function tool. */
export const getWeatherTool: OpenAI.Responses.FunctionTool = {
  type: 'function',
  name: 'get_weather',
  description: 'The current weather in a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string', description: 'The city, e.g. Paris' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

/** The program's implementation of `get_weather`: a fixed table, so the example is reproducible. */
export function getWeather(argumentsJson: string): {
  city: string;
  temperature_c: number;
  conditions: string;
} {
  const { city } = JSON.parse(argumentsJson) as { city?: unknown };
  if (typeof city !== 'string')
    throw new TypeError(`get_weather: city must be a string; got ${argumentsJson}`);
  const known: Record<string, { temperature_c: number; conditions: string }> = {
    paris: { temperature_c: 18, conditions: 'sunny' },
    london: { temperature_c: 12, conditions: 'light rain' },
  };
  return { city, ...(known[city.toLowerCase()] ?? { temperature_c: 20, conditions: 'clear' }) };
}
