<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="outdoor" tilewidth="16" tileheight="16" tilecount="178" columns="16">
 <image source="../../assets/tiles/outdoor.png" width="256" height="192"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="grass_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="grass_2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="grass_3"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="grass_daisies"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="grass_clover"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="gravel"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="path_0"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="path_1"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="path_2"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="path_3"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="path_4"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="path_5"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="path_6"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="path_7"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="path_8"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="path_9"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="path_10"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="path_11"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="path_12"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="path_13"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="path_14"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="path_15"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="field_a"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="field_b"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="fline_1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="fline_2"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="fline_3"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="fline_4"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="fline_5"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="fline_6"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="fline_7"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="fline_8"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="fline_9"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="fline_10"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="fline_11"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="fline_12"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="fline_13"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="fline_14"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="fline_15"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="fcircle/0,0"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="fcircle/1,0"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="fcircle/2,0"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="fcircle/0,1"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="fcircle/1,1"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="fcircle/2,1"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="fcircle/0,2"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="fcircle/1,2"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="fcircle/2,2"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="hedge_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="hedge_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="hedge_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="hedge_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="hedge_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="hedge_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="hedge_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="hedge_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="hedge_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="hedge_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="hedge_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="hedge_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="hedge_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="hedge_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="hedge_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="hedge_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="woods_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="woods_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="woods_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="woods_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="woods_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="woods_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="woods_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="woods_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="woods_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="woods_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="woods_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="woods_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="woods_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="woods_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="woods_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="woods_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="bed_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="bed_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="bed_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="bed_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="bed_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="bed_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="bed_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="bed_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="bed_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="bed_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="bed_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="bed_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="bed_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="bed_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="bed_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="bed_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="oak/0,0"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="oak/1,0"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="oak/2,0"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="oak/0,1"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="oak/1,1"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="oak/2,1"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="oak/0,2"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="oak/1,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,7"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="oak/2,2"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="beech/0,0"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="beech/1,0"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="beech/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,8,11,7"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="beech/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,12,7"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="yew/0,0"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="yew/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,9,9,6"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="bush"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,13,7"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="dark_tree/0,0"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="dark_tree/1,0"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="dark_tree/0,1"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="dark_tree/1,1"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="dark_tree/0,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="7,8,9,7"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="dark_tree/1,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,10,7"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="wall_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="wall_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="wall_plinth"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="wall_quoin_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="wall_quoin_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="roof_ridge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="roof_ridge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="roof_ridge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="roof_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="roof_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="roof_eave"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="roof_eave_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="roof_eave_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="window/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="window_lit/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="pane,1,2"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="window_lit/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="door/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="door/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="door/0,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="door/1,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="scanner"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="steps/0,0"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="steps/1,0"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="chimney"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="fence_h"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,7"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="fence_v"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="6,0,4,16"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="fence_post"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="6,8,4,7"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="bench/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,15,6"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="bench/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,15,6"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="noticeboard/0,0"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="noticeboard/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,6,13,6"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="lamp/0,0"/>
   <property name="glow" value="lamp,1,2"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="lamp/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,7,6,7"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="ball"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="birdbath"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,9,10,6"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="pavilion/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,8"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="pavilion/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,16,13"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="pavilion/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="pavilion/3,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,16,13"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="pavilion/4,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,8"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="pavilion/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="pavilion/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="pavilion/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="pavilion/3,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="pavilion/4,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="pavilion/0,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,15,16"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="pavilion/1,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="pavilion/2,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="pavilion/3,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="pavilion/4,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,15,16"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="pavilion/0,3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,7"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="pavilion/1,3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="pavilion/2,3"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="pavilion/3,3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="pavilion/4,3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,7"/>
  </properties>
 </tile>
</tileset>
