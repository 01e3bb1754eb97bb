# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = सुरु, सुरु गर्नुहोस्
keywords-menu = मेनु
keywords-help = सहायता, मद्दत
keywords-language = भाषा
keywords-sign = हस्ताक्षर, हस्ताक्षर गर्नुहोस्
keywords-status = मेरो हस्ताक्षर, स्थिति
keywords-withdraw = हस्ताक्षर फिर्ता, हस्ताक्षर मेटाउनुहोस्, मेरो डाटा मेटाउनुहोस्
keywords-updates = अपडेट
keywords-privacy = गोपनीयता
keywords-paper = कागजी फारम
keywords-yes = हो, हुन्छ, हजुर
keywords-no = होइन, हुँदैन, पर्दैन
keywords-abroad = जापान बाहिर, विदेश
keywords-skip = छोड्नुहोस्, केही छैन
