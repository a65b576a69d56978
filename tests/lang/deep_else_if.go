// A 300-deep else-if chain: deeper than Bison's initial stack, whose heap copy
// must be scanned by the collector (regression: AST nodes were freed).
package main

import "fmt"

func test(x int) int {
	if x == 0 {
		return 0
	} else if x == 1 {
		return 1 * 2
	} else if x == 2 {
		return 2 * 2
	} else if x == 3 {
		return 3 * 2
	} else if x == 4 {
		return 4 * 2
	} else if x == 5 {
		return 5 * 2
	} else if x == 6 {
		return 6 * 2
	} else if x == 7 {
		return 7 * 2
	} else if x == 8 {
		return 8 * 2
	} else if x == 9 {
		return 9 * 2
	} else if x == 10 {
		return 10 * 2
	} else if x == 11 {
		return 11 * 2
	} else if x == 12 {
		return 12 * 2
	} else if x == 13 {
		return 13 * 2
	} else if x == 14 {
		return 14 * 2
	} else if x == 15 {
		return 15 * 2
	} else if x == 16 {
		return 16 * 2
	} else if x == 17 {
		return 17 * 2
	} else if x == 18 {
		return 18 * 2
	} else if x == 19 {
		return 19 * 2
	} else if x == 20 {
		return 20 * 2
	} else if x == 21 {
		return 21 * 2
	} else if x == 22 {
		return 22 * 2
	} else if x == 23 {
		return 23 * 2
	} else if x == 24 {
		return 24 * 2
	} else if x == 25 {
		return 25 * 2
	} else if x == 26 {
		return 26 * 2
	} else if x == 27 {
		return 27 * 2
	} else if x == 28 {
		return 28 * 2
	} else if x == 29 {
		return 29 * 2
	} else if x == 30 {
		return 30 * 2
	} else if x == 31 {
		return 31 * 2
	} else if x == 32 {
		return 32 * 2
	} else if x == 33 {
		return 33 * 2
	} else if x == 34 {
		return 34 * 2
	} else if x == 35 {
		return 35 * 2
	} else if x == 36 {
		return 36 * 2
	} else if x == 37 {
		return 37 * 2
	} else if x == 38 {
		return 38 * 2
	} else if x == 39 {
		return 39 * 2
	} else if x == 40 {
		return 40 * 2
	} else if x == 41 {
		return 41 * 2
	} else if x == 42 {
		return 42 * 2
	} else if x == 43 {
		return 43 * 2
	} else if x == 44 {
		return 44 * 2
	} else if x == 45 {
		return 45 * 2
	} else if x == 46 {
		return 46 * 2
	} else if x == 47 {
		return 47 * 2
	} else if x == 48 {
		return 48 * 2
	} else if x == 49 {
		return 49 * 2
	} else if x == 50 {
		return 50 * 2
	} else if x == 51 {
		return 51 * 2
	} else if x == 52 {
		return 52 * 2
	} else if x == 53 {
		return 53 * 2
	} else if x == 54 {
		return 54 * 2
	} else if x == 55 {
		return 55 * 2
	} else if x == 56 {
		return 56 * 2
	} else if x == 57 {
		return 57 * 2
	} else if x == 58 {
		return 58 * 2
	} else if x == 59 {
		return 59 * 2
	} else if x == 60 {
		return 60 * 2
	} else if x == 61 {
		return 61 * 2
	} else if x == 62 {
		return 62 * 2
	} else if x == 63 {
		return 63 * 2
	} else if x == 64 {
		return 64 * 2
	} else if x == 65 {
		return 65 * 2
	} else if x == 66 {
		return 66 * 2
	} else if x == 67 {
		return 67 * 2
	} else if x == 68 {
		return 68 * 2
	} else if x == 69 {
		return 69 * 2
	} else if x == 70 {
		return 70 * 2
	} else if x == 71 {
		return 71 * 2
	} else if x == 72 {
		return 72 * 2
	} else if x == 73 {
		return 73 * 2
	} else if x == 74 {
		return 74 * 2
	} else if x == 75 {
		return 75 * 2
	} else if x == 76 {
		return 76 * 2
	} else if x == 77 {
		return 77 * 2
	} else if x == 78 {
		return 78 * 2
	} else if x == 79 {
		return 79 * 2
	} else if x == 80 {
		return 80 * 2
	} else if x == 81 {
		return 81 * 2
	} else if x == 82 {
		return 82 * 2
	} else if x == 83 {
		return 83 * 2
	} else if x == 84 {
		return 84 * 2
	} else if x == 85 {
		return 85 * 2
	} else if x == 86 {
		return 86 * 2
	} else if x == 87 {
		return 87 * 2
	} else if x == 88 {
		return 88 * 2
	} else if x == 89 {
		return 89 * 2
	} else if x == 90 {
		return 90 * 2
	} else if x == 91 {
		return 91 * 2
	} else if x == 92 {
		return 92 * 2
	} else if x == 93 {
		return 93 * 2
	} else if x == 94 {
		return 94 * 2
	} else if x == 95 {
		return 95 * 2
	} else if x == 96 {
		return 96 * 2
	} else if x == 97 {
		return 97 * 2
	} else if x == 98 {
		return 98 * 2
	} else if x == 99 {
		return 99 * 2
	} else if x == 100 {
		return 100 * 2
	} else if x == 101 {
		return 101 * 2
	} else if x == 102 {
		return 102 * 2
	} else if x == 103 {
		return 103 * 2
	} else if x == 104 {
		return 104 * 2
	} else if x == 105 {
		return 105 * 2
	} else if x == 106 {
		return 106 * 2
	} else if x == 107 {
		return 107 * 2
	} else if x == 108 {
		return 108 * 2
	} else if x == 109 {
		return 109 * 2
	} else if x == 110 {
		return 110 * 2
	} else if x == 111 {
		return 111 * 2
	} else if x == 112 {
		return 112 * 2
	} else if x == 113 {
		return 113 * 2
	} else if x == 114 {
		return 114 * 2
	} else if x == 115 {
		return 115 * 2
	} else if x == 116 {
		return 116 * 2
	} else if x == 117 {
		return 117 * 2
	} else if x == 118 {
		return 118 * 2
	} else if x == 119 {
		return 119 * 2
	} else if x == 120 {
		return 120 * 2
	} else if x == 121 {
		return 121 * 2
	} else if x == 122 {
		return 122 * 2
	} else if x == 123 {
		return 123 * 2
	} else if x == 124 {
		return 124 * 2
	} else if x == 125 {
		return 125 * 2
	} else if x == 126 {
		return 126 * 2
	} else if x == 127 {
		return 127 * 2
	} else if x == 128 {
		return 128 * 2
	} else if x == 129 {
		return 129 * 2
	} else if x == 130 {
		return 130 * 2
	} else if x == 131 {
		return 131 * 2
	} else if x == 132 {
		return 132 * 2
	} else if x == 133 {
		return 133 * 2
	} else if x == 134 {
		return 134 * 2
	} else if x == 135 {
		return 135 * 2
	} else if x == 136 {
		return 136 * 2
	} else if x == 137 {
		return 137 * 2
	} else if x == 138 {
		return 138 * 2
	} else if x == 139 {
		return 139 * 2
	} else if x == 140 {
		return 140 * 2
	} else if x == 141 {
		return 141 * 2
	} else if x == 142 {
		return 142 * 2
	} else if x == 143 {
		return 143 * 2
	} else if x == 144 {
		return 144 * 2
	} else if x == 145 {
		return 145 * 2
	} else if x == 146 {
		return 146 * 2
	} else if x == 147 {
		return 147 * 2
	} else if x == 148 {
		return 148 * 2
	} else if x == 149 {
		return 149 * 2
	} else if x == 150 {
		return 150 * 2
	} else if x == 151 {
		return 151 * 2
	} else if x == 152 {
		return 152 * 2
	} else if x == 153 {
		return 153 * 2
	} else if x == 154 {
		return 154 * 2
	} else if x == 155 {
		return 155 * 2
	} else if x == 156 {
		return 156 * 2
	} else if x == 157 {
		return 157 * 2
	} else if x == 158 {
		return 158 * 2
	} else if x == 159 {
		return 159 * 2
	} else if x == 160 {
		return 160 * 2
	} else if x == 161 {
		return 161 * 2
	} else if x == 162 {
		return 162 * 2
	} else if x == 163 {
		return 163 * 2
	} else if x == 164 {
		return 164 * 2
	} else if x == 165 {
		return 165 * 2
	} else if x == 166 {
		return 166 * 2
	} else if x == 167 {
		return 167 * 2
	} else if x == 168 {
		return 168 * 2
	} else if x == 169 {
		return 169 * 2
	} else if x == 170 {
		return 170 * 2
	} else if x == 171 {
		return 171 * 2
	} else if x == 172 {
		return 172 * 2
	} else if x == 173 {
		return 173 * 2
	} else if x == 174 {
		return 174 * 2
	} else if x == 175 {
		return 175 * 2
	} else if x == 176 {
		return 176 * 2
	} else if x == 177 {
		return 177 * 2
	} else if x == 178 {
		return 178 * 2
	} else if x == 179 {
		return 179 * 2
	} else if x == 180 {
		return 180 * 2
	} else if x == 181 {
		return 181 * 2
	} else if x == 182 {
		return 182 * 2
	} else if x == 183 {
		return 183 * 2
	} else if x == 184 {
		return 184 * 2
	} else if x == 185 {
		return 185 * 2
	} else if x == 186 {
		return 186 * 2
	} else if x == 187 {
		return 187 * 2
	} else if x == 188 {
		return 188 * 2
	} else if x == 189 {
		return 189 * 2
	} else if x == 190 {
		return 190 * 2
	} else if x == 191 {
		return 191 * 2
	} else if x == 192 {
		return 192 * 2
	} else if x == 193 {
		return 193 * 2
	} else if x == 194 {
		return 194 * 2
	} else if x == 195 {
		return 195 * 2
	} else if x == 196 {
		return 196 * 2
	} else if x == 197 {
		return 197 * 2
	} else if x == 198 {
		return 198 * 2
	} else if x == 199 {
		return 199 * 2
	} else if x == 200 {
		return 200 * 2
	} else if x == 201 {
		return 201 * 2
	} else if x == 202 {
		return 202 * 2
	} else if x == 203 {
		return 203 * 2
	} else if x == 204 {
		return 204 * 2
	} else if x == 205 {
		return 205 * 2
	} else if x == 206 {
		return 206 * 2
	} else if x == 207 {
		return 207 * 2
	} else if x == 208 {
		return 208 * 2
	} else if x == 209 {
		return 209 * 2
	} else if x == 210 {
		return 210 * 2
	} else if x == 211 {
		return 211 * 2
	} else if x == 212 {
		return 212 * 2
	} else if x == 213 {
		return 213 * 2
	} else if x == 214 {
		return 214 * 2
	} else if x == 215 {
		return 215 * 2
	} else if x == 216 {
		return 216 * 2
	} else if x == 217 {
		return 217 * 2
	} else if x == 218 {
		return 218 * 2
	} else if x == 219 {
		return 219 * 2
	} else if x == 220 {
		return 220 * 2
	} else if x == 221 {
		return 221 * 2
	} else if x == 222 {
		return 222 * 2
	} else if x == 223 {
		return 223 * 2
	} else if x == 224 {
		return 224 * 2
	} else if x == 225 {
		return 225 * 2
	} else if x == 226 {
		return 226 * 2
	} else if x == 227 {
		return 227 * 2
	} else if x == 228 {
		return 228 * 2
	} else if x == 229 {
		return 229 * 2
	} else if x == 230 {
		return 230 * 2
	} else if x == 231 {
		return 231 * 2
	} else if x == 232 {
		return 232 * 2
	} else if x == 233 {
		return 233 * 2
	} else if x == 234 {
		return 234 * 2
	} else if x == 235 {
		return 235 * 2
	} else if x == 236 {
		return 236 * 2
	} else if x == 237 {
		return 237 * 2
	} else if x == 238 {
		return 238 * 2
	} else if x == 239 {
		return 239 * 2
	} else if x == 240 {
		return 240 * 2
	} else if x == 241 {
		return 241 * 2
	} else if x == 242 {
		return 242 * 2
	} else if x == 243 {
		return 243 * 2
	} else if x == 244 {
		return 244 * 2
	} else if x == 245 {
		return 245 * 2
	} else if x == 246 {
		return 246 * 2
	} else if x == 247 {
		return 247 * 2
	} else if x == 248 {
		return 248 * 2
	} else if x == 249 {
		return 249 * 2
	} else if x == 250 {
		return 250 * 2
	} else if x == 251 {
		return 251 * 2
	} else if x == 252 {
		return 252 * 2
	} else if x == 253 {
		return 253 * 2
	} else if x == 254 {
		return 254 * 2
	} else if x == 255 {
		return 255 * 2
	} else if x == 256 {
		return 256 * 2
	} else if x == 257 {
		return 257 * 2
	} else if x == 258 {
		return 258 * 2
	} else if x == 259 {
		return 259 * 2
	} else if x == 260 {
		return 260 * 2
	} else if x == 261 {
		return 261 * 2
	} else if x == 262 {
		return 262 * 2
	} else if x == 263 {
		return 263 * 2
	} else if x == 264 {
		return 264 * 2
	} else if x == 265 {
		return 265 * 2
	} else if x == 266 {
		return 266 * 2
	} else if x == 267 {
		return 267 * 2
	} else if x == 268 {
		return 268 * 2
	} else if x == 269 {
		return 269 * 2
	} else if x == 270 {
		return 270 * 2
	} else if x == 271 {
		return 271 * 2
	} else if x == 272 {
		return 272 * 2
	} else if x == 273 {
		return 273 * 2
	} else if x == 274 {
		return 274 * 2
	} else if x == 275 {
		return 275 * 2
	} else if x == 276 {
		return 276 * 2
	} else if x == 277 {
		return 277 * 2
	} else if x == 278 {
		return 278 * 2
	} else if x == 279 {
		return 279 * 2
	} else if x == 280 {
		return 280 * 2
	} else if x == 281 {
		return 281 * 2
	} else if x == 282 {
		return 282 * 2
	} else if x == 283 {
		return 283 * 2
	} else if x == 284 {
		return 284 * 2
	} else if x == 285 {
		return 285 * 2
	} else if x == 286 {
		return 286 * 2
	} else if x == 287 {
		return 287 * 2
	} else if x == 288 {
		return 288 * 2
	} else if x == 289 {
		return 289 * 2
	} else if x == 290 {
		return 290 * 2
	} else if x == 291 {
		return 291 * 2
	} else if x == 292 {
		return 292 * 2
	} else if x == 293 {
		return 293 * 2
	} else if x == 294 {
		return 294 * 2
	} else if x == 295 {
		return 295 * 2
	} else if x == 296 {
		return 296 * 2
	} else if x == 297 {
		return 297 * 2
	} else if x == 298 {
		return 298 * 2
	} else if x == 299 {
		return 299 * 2
	}
	return -1
}

func main() {
	fmt.Println(test(0), test(150), test(299), test(300))
}
